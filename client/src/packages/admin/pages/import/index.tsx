/**
 * 导入组织架构: a sheet of grids, compounds and buildings. The client reads the file itself and sends
 * its content in the call (CSV as text, .xlsx as base64, 512 KB at most), so no upload path has to
 * accept anything but photos. 先检查 validates only; 导入 writes the good rows and reports the rest.
 */
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import type { ImportReport } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { labelProps } from '@/components/TextField';
import { callCloud } from '@/services/cloud';
import { toast } from '@/utils/nav';
import '../../admin.scss';

// a placeholder shows the shape of a sheet; the box starts empty, so nothing is imported by accident
const PLACEHOLDER = '类型,社区,名称,小区,所属网格,户数,人口,边界\n网格,某某社区,某某社区第一网格,,,300,800,';

async function chooseSheet(): Promise<{ format: 'csv' | 'xlsx'; content: string; name: string } | undefined> {
  if (process.env.TARO_ENV === 'weapp') {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'xlsx'] });
    const f = res.tempFiles[0];
    const xlsx = /\.xlsx$/i.test(f.name);
    const content = Taro.getFileSystemManager().readFileSync(f.path, xlsx ? 'base64' : 'utf8') as string;
    return { format: xlsx ? 'xlsx' : 'csv', content, name: f.name };
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.xlsx';
    input.onchange = () => {
      const f = input.files?.[0];
      if (!f) return resolve(undefined);
      const xlsx = /\.xlsx$/i.test(f.name);
      const reader = new FileReader();
      reader.onload = () => {
        const out = String(reader.result ?? '');
        resolve({
          format: xlsx ? 'xlsx' : 'csv',
          content: xlsx ? out.replace(/^data:.*?base64,/, '') : out,
          name: f.name,
        });
      };
      if (xlsx) reader.readAsDataURL(f);
      else reader.readAsText(f);
    };
    input.click();
  });
}

function ImportPage() {
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ format: 'csv' | 'xlsx'; content: string; name: string }>();
  const [report, setReport] = useState<ImportReport>();
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    if (busy) return;
    setBusy(true);
    if (!file && !text.trim()) return toast('请选择表格文件，或粘贴 CSV 内容');
    const src = file ?? { format: 'csv' as const, content: text };
    const res = await callCloud('admin', 'importOrg', { format: src.format, content: src.content, dryRun });
    setBusy(false);
    if (res.ok) setReport(res.data);
    else toast(res.message);
  };

  return (
    <View className="lx-page">
      <Text className="lx-admin-hint">
        表头：类型（网格/小区/楼栋）、社区、名称、小区（楼栋填写）、所属网格（楼栋选填）、户数、人口、边界（网格选填：经度,纬度;经度,纬度;…）。
        每一行先全部检查，有问题的行不会写入，并告诉您第几行、什么原因；同一张表可以重复导入，不会重复新增。
      </Text>
      <View className="lx-form">
        <View className="lx-field">
          <Text className="lx-field__label">表格文件</Text>
          <Text className="lx-field__value">{file ? file.name : '未选择（也可以直接在下面粘贴 CSV 内容）'}</Text>
          <Button
            size="large"
            fill="outline"
            type="primary"
            onClick={() => void chooseSheet().then((f) => f && (setFile(f), setReport(undefined)))}
          >
            选择 CSV / Excel 文件
          </Button>
        </View>
        {!file ? (
          <View className="lx-field">
            <Text className="lx-field__label">CSV 内容</Text>
            <Textarea
              className="lx-paste"
              value={text}
              placeholder={PLACEHOLDER}
              maxlength={200000}
              onInput={(e) => setText(e.detail.value)}
              {...labelProps('CSV 内容')}
            />
          </View>
        ) : null}
      </View>
      <View className="lx-under-button lx-chips">
        <Button className="lx-chip--wide" size="large" loading={busy} onClick={() => void run(true)}>
          先检查
        </Button>
        <Button className="lx-chip--wide" type="primary" size="large" loading={busy} onClick={() => void run(false)}>
          导入
        </Button>
      </View>
      {report ? (
        <View className="lx-section">
          <Text className="lx-section__title">
            {`${report.dryRun ? '检查结果' : '导入结果'}：共 ${report.total} 行，新增 ${report.created}，` +
              `更新 ${report.updated}，未导入 ${report.rejected}`}
          </Text>
          <View className="lx-cells">
            {report.rows
              .filter((r) => !r.ok)
              .map((r) => (
                <View key={r.row} className="lx-report-row lx-report-row--bad">
                  第 {r.row} 行：{r.message}
                </View>
              ))}
          </View>
        </View>
      ) : null}
    </View>
  );
}

export default withPageRoot(ImportPage);
