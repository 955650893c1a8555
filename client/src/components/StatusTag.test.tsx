import { render, screen } from '@testing-library/react';
import { StatusTag, UrgentTag } from './StatusTag';

describe('StatusTag', () => {
  it('shows a new ticket as 待签收', () => {
    render(<StatusTag status="pending" />);
    expect(screen.getByText('待签收')).toBeTruthy();
  });

  it('labels every status in Chinese', () => {
    render(<StatusTag status="rejected" />);
    expect(screen.getByText('不予受理')).toBeTruthy();
  });

  it('marks urgent tickets 紧急', () => {
    render(<UrgentTag />);
    expect(screen.getByText('紧急')).toBeTruthy();
  });
});
