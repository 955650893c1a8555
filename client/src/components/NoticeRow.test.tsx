import { fireEvent, render, screen } from '@testing-library/react';
import type { NoticeSummary } from '@lx/types';
import { NoticeRow } from './NoticeRow';

const base: NoticeSummary = {
  id: 'n1',
  title: '寒潮预警：请做好防寒保暖',
  category: 'urgent',
  categoryLabel: '紧急',
  pinned: true,
  publishAt: Date.parse('2026-11-21T08:00:00+08:00'),
  excerpt: '气象台发布寒潮蓝色预警',
  orgName: '凤凰城社区',
  read: false,
};

describe('NoticeRow', () => {
  it('marks an unread notice 未读 and shows its category and 置顶', () => {
    render(<NoticeRow notice={base} onClick={() => undefined} now={Date.parse('2026-11-21T10:00:00+08:00')} />);
    expect(screen.getByText('未读')).toBeTruthy();
    expect(screen.getByText('紧急')).toBeTruthy();
    expect(screen.getByText('置顶')).toBeTruthy();
    expect(screen.getByText('今天 08:00')).toBeTruthy();
  });

  it('has no unread mark once read, and opens on a tap', () => {
    const onClick = jest.fn();
    render(<NoticeRow notice={{ ...base, read: true, pinned: false }} onClick={onClick} />);
    expect(screen.queryByText('未读')).toBeNull();
    expect(screen.queryByText('置顶')).toBeNull();
    fireEvent.click(screen.getByText(base.title));
    expect(onClick).toHaveBeenCalled();
  });
});
