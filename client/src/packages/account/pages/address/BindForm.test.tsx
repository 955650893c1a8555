import { fireEvent, screen } from '@testing-library/react';
import { residentWithAddress } from '../../../../../jest/fixtures';
import { flush, renderInPage, tap, typeInto } from '../../../../../jest/render';
import { BindForm, type BindFormProps } from './BindForm';

function setup(over: Partial<BindFormProps> = {}) {
  const props: BindFormProps = {
    building: { id: 'b3', text: '凤凰城社区 天河嘉城 3号楼', path: [] },
    save: jest.fn(async () => ({ ok: true as const, data: residentWithAddress })),
    onSaved: jest.fn(),
    onRechoose: jest.fn(),
    ...over,
  };
  return { props, view: renderInPage(<BindForm {...props} />) };
}

describe('saving the chosen home', () => {
  it('saves the building with the room', async () => {
    const { props, view } = setup();
    expect(screen.getByText('凤凰城社区 天河嘉城 3号楼')).toBeTruthy();
    await typeInto(view.container.querySelector('.lx-input')!, '2单元501');
    tap(screen.getByText('保存住址'));
    await flush();
    expect(props.save).toHaveBeenCalledWith({ buildingId: 'b3', room: '2单元501' });
    expect(props.onSaved).toHaveBeenCalledWith(residentWithAddress);
  });

  it('keeps the form and shows the server’s message when saving fails', async () => {
    const save = jest.fn(async () => ({
      ok: false as const,
      code: 'ORG.NOT_A_BUILDING' as const,
      message: '请选择到具体楼栋',
    }));
    const { props } = setup({ save });
    tap(screen.getByText('保存住址'));
    await flush();
    expect(save).toHaveBeenCalledWith({ buildingId: 'b3' });
    expect(props.onSaved).not.toHaveBeenCalled();
    expect(screen.getByText('保存住址')).toBeTruthy();
  });

  it('offers to choose the building again', () => {
    const { props } = setup();
    fireEvent.click(screen.getByText('重新选择楼栋'));
    expect(props.onRechoose).toHaveBeenCalled();
  });
});
