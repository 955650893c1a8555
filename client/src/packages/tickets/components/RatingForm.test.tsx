import { screen } from '@testing-library/react';
import { flush, renderInPage, tap, typeInto } from '../../../../jest/render';
import { RatingForm } from './RatingForm';

function setup() {
  const onSubmit = jest.fn();
  const onCancel = jest.fn();
  const view = renderInPage(<RatingForm busy={false} onSubmit={onSubmit} onCancel={onCancel} />);
  const comment = () => view.container.querySelector('.lx-textarea')!;
  return { onSubmit, onCancel, view, comment };
}

describe('rating a resolved ticket', () => {
  it('offers 满意 / 基本满意 / 不满意 as large choices', () => {
    setup();
    const choices = screen.getAllByRole('radio').map((r) => r.textContent);
    expect(choices).toEqual(['满意', '基本满意', '不满意']);
  });

  it('asks for a choice before sending', async () => {
    const { onSubmit } = setup();
    tap(screen.getByText('提交评价'));
    await flush();
    expect(screen.getByText('请选择满意程度')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends 满意 with an optional comment', async () => {
    const { onSubmit, comment } = setup();
    tap(screen.getByText('满意'));
    await typeInto(comment(), ' 修得很快 ');
    tap(screen.getByText('提交评价'));
    await flush();
    expect(onSubmit).toHaveBeenCalledWith({ score: 'satisfied', comment: '修得很快' });
  });

  it('不满意 says the ticket goes back to be handled again and needs a reason', async () => {
    const { onSubmit, comment } = setup();
    tap(screen.getByText('不满意'));
    await flush();
    expect(screen.getByText('选择不满意，诉求将退回重新办理')).toBeTruthy();
    tap(screen.getByText('提交评价'));
    await flush();
    expect(screen.getByText('请说一说哪里不满意，办理人员会重新办理')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    await typeInto(comment(), '路灯还是不亮');
    tap(screen.getByText('提交评价'));
    await flush();
    expect(onSubmit).toHaveBeenCalledWith({ score: 'unsatisfied', comment: '路灯还是不亮' });
  });

  it('取消 closes the form without sending', async () => {
    const { onSubmit, onCancel } = setup();
    tap(screen.getByText('取消'));
    expect(onCancel).toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
