import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { renderInPage } from '../../jest/render';
import { TextBox, TextInput } from './TextField';

function Form({ onPhone, onNote }: { onPhone: (v: string) => void; onNote: (v: string) => void }) {
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  return (
    <>
      <TextInput
        label="联系电话"
        type="number"
        value={phone}
        placeholder="方便网格员联系您"
        onInput={(e) => (setPhone(e.detail.value), onPhone(e.detail.value))}
      />
      <TextBox label="问题描述" value={note} maxLength={500} showCount onChange={(v) => (setNote(v), onNote(v))} />
    </>
  );
}

describe('TextInput and TextBox', () => {
  it('name the native field inside Taro’s web component by the label, and only that field', async () => {
    renderInPage(<Form onPhone={() => undefined} onNote={() => undefined} />);
    const phone = await screen.findByLabelText('联系电话');
    expect(phone.tagName).toBe('INPUT');
    expect(phone.closest('taro-input-core')?.classList.contains('lx-input')).toBe(true);
    expect(screen.getAllByLabelText('联系电话')).toHaveLength(1);
    const note = await screen.findByLabelText('问题描述');
    expect(note.tagName).toBe('TEXTAREA');
    expect(note.closest('.lx-textarea')).toBeTruthy();
    expect(screen.getAllByLabelText('问题描述')).toHaveLength(1);
  });

  it('report what is typed into the field found by its label', async () => {
    const onPhone = jest.fn();
    const onNote = jest.fn();
    renderInPage(<Form onPhone={onPhone} onNote={onNote} />);
    fireEvent.input(await screen.findByLabelText('联系电话'), { target: { value: '13800000002' } });
    fireEvent.input(await screen.findByLabelText('问题描述'), { target: { value: '路灯不亮' } });
    expect(onPhone).toHaveBeenLastCalledWith('13800000002');
    expect(onNote).toHaveBeenLastCalledWith('路灯不亮');
    expect(await screen.findByText('4/500')).toBeTruthy();
  });
});
