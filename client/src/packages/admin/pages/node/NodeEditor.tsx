/**
 * The 编辑组织 form: name and counts for every type, a phone for grids and communities, a grid's
 * hours, boundary and 连心卡 people, a building's grid, and 移动到…. Checked with saveNode's own
 * schema before it is sent; the server's field messages land under the same fields.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ORG_TYPE_LABELS, SaveNodePayload } from '@lx/types';
import { Field } from '@/components/Field';
import { TextInput } from '@/components/TextField';
import { useZodForm } from '@/hooks/useZodForm';
import { callCloud } from '@/services/cloud';
import { toast } from '@/utils/nav';
import { type EditNode, formOf, type NodeForm, toPayload } from './nodeForm';
import { PeopleSection } from './PeopleSection';
import { BoundaryField, GridField, MoveSection } from './PlaceFields';

type TextKey = 'name' | 'households' | 'population' | 'hotline' | 'serviceHours';
interface TextSpec {
  key: TextKey;
  label: string;
  /** the input's accessible name when it differs from the visible label (电话 under 网格电话) */
  name?: string;
  number?: boolean;
  maxlength?: number;
  placeholder?: string;
}

/** The text fields a node of this type has, in the order they are shown. */
function textFields(t: EditNode['type']): TextSpec[] {
  const out: TextSpec[] = [{ key: 'name', label: '名称', maxlength: 30 }];
  if (t !== 'community')
    out.push(
      { key: 'households', label: '户数', number: true, maxlength: 6 },
      { key: 'population', label: '人口', number: true, maxlength: 6 },
    );
  if (t === 'grid' || t === 'community')
    out.push({
      key: 'hotline',
      label: t === 'grid' ? '网格电话' : '社区电话',
      name: '电话',
      maxlength: 20,
      placeholder: '如 0392-3336017',
    });
  if (t === 'grid') out.push({ key: 'serviceHours', label: '服务时间', placeholder: '如 工作日 8:30-17:30，周末轮值' });
  return out;
}

export function NodeEditor({ node, onSaved }: { node: EditNode; onSaved: () => void }) {
  const form = useZodForm(SaveNodePayload, {
    initial: () => formOf(node),
    toInput: (f: NodeForm) => toPayload(node, f),
    errorOf: { people: 'responsible' },
    toastInvalid: true,
  });
  const { values, set, errors } = form;
  const t = node.type;

  const save = form.submit(async (payload) => {
    const res = await callCloud('admin', 'saveNode', payload);
    if (!res.ok) {
      form.setErrors(res.fields ?? {});
      toast(res.message);
      return;
    }
    toast('已保存');
    onSaved();
  });

  return (
    <View className="lx-page">
      <Text className="lx-admin-hint">
        {ORG_TYPE_LABELS[t]}
        {node.fullName && node.fullName !== node.name ? ` · ${node.fullName}` : ''}
      </Text>
      <View className="lx-form">
        {textFields(t).map((f) => (
          <Field key={f.key} label={f.label} error={errors[f.key]}>
            <TextInput
              label={f.name ?? f.label}
              type={f.number ? 'number' : 'text'}
              maxlength={f.maxlength ?? 40}
              placeholder={f.placeholder ?? ''}
              value={values[f.key]}
              onInput={(e) => set(f.key, e.detail.value)}
            />
          </Field>
        ))}
        {t === 'building' ? <GridField node={node} gridId={values.gridId} error={errors.gridId} set={set} /> : null}
        {t === 'grid' ? <BoundaryField points={node.boundaryPoints} /> : null}
      </View>
      {t === 'grid' ? <PeopleSection people={values.people} errors={errors} set={set} /> : null}
      {t !== 'community' ? <MoveSection node={node} parentId={values.parentId} set={set} /> : null}
      <View className="lx-under-button">
        <Button block type="primary" size="xlarge" loading={form.submitting} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </View>
  );
}
