/**
 * `npm start`: build what is missing, start the local system on 127.0.0.1, seed on first run, print
 * the address and the demo identities. Data lives in .data/ and survives a restart
 * (`npm start -- --reset` starts from a fresh seed).
 */
import { execSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_IDENTITIES } from '../seed/build';
import { H5_DIR, ROOT, startStack } from '../stack';

async function main() {
  const args = process.argv.slice(2);
  const dataDir = process.env.LX_DATA_DIR ?? join(ROOT, '.data');
  if (args.includes('--reset')) rmSync(dataDir, { recursive: true, force: true });
  if (!existsSync(join(H5_DIR, 'index.html')) || args.includes('--rebuild')) {
    console.log('正在构建 h5 前端（约 30 秒）…');
    execSync('npm run build:h5', { cwd: ROOT, stdio: 'inherit' });
  }
  const stack = await startStack({ dataDir, port: Number(process.env.PORT ?? 3000), log: (l) => console.log(l) });
  console.log(`\n连心网格 本地环境已启动：${stack.url}`);
  console.log(`选择演示身份：${stack.url}/dev/login\n`);
  for (const i of DEMO_IDENTITIES) console.log(`  ${i.roleLabel.padEnd(8, '　')} ${i.name}（${i.scope}）`);
  console.log(`\n数据目录：${dataDir}（重启后保留；npm start -- --reset 重新生成演示数据）`);
  const stop = async () => {
    await stack.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
