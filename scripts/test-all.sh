#!/usr/bin/env bash
# `npm test`: every test layer of ARCHITECTURE.md, in order of cost.
#   1–3  domain, cloud functions on the emulator, emulator conformance   (jest)
#   3b   reliability suite with its figures line                          (reliability/run.ts)
#   4    client components in jsdom                                      (jest)
#   5    miniprogram-simulate smoke tests of the compiled weapp build     (jest, after build:weapp)
#   5b   shipping checks: app.json, project.config.json roots, package budgets, the deploy dry run,
#        upload:weapp's dry run, the bootstrap on the emulator                (jest project ship, scripts/**)
#   6    browser journeys in Chromium against the local stack             (playwright-core, after build:h5)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== system packages (chromium, fonts-wqy-microhei)"
bash scripts/system-deps.sh

echo "== typecheck"
npm run --silent typecheck
echo "== lint"
npm run --silent lint

echo "== domain, cloud functions, emulator conformance"
npx jest --selectProjects domain cloud emulator

echo "== reliability: authorization matrix, fuzz, concurrency, kill -9, limits and privacy, the figures line"
npm run --silent test:reliability

echo "== client components"
npx jest --selectProjects client

echo "== weapp build + miniprogram-simulate smoke tests + shipping checks (app.json, roots, sizes, deploy plan)"
npm run --silent build:weapp
npx jest --selectProjects weapp ship

echo "== h5 build + browser journeys"
npm run --silent build:h5
npm run --silent test:e2e
