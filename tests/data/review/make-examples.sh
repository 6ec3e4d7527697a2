#!/usr/bin/env bash
# Regenerates the example records in this folder with `shenjiao review approve`, then
# derives the tampered ones by editing the JSON, as someone editing a stored record would.
# Usage: bash tests/data/review/make-examples.sh [path/to/shenjiao]
set -euo pipefail
cd "$(dirname "$0")"
SJ=${1:-../../../target/debug/shenjiao}
rm -f record-*.json

# sign RECORD TEXT STEP ID NAME ROLE TIME [extra args…]
sign() {
  local rec=$1 text=$2 step=$3 id=$4 name=$5 role=$6 time=$7
  shift 7
  "$SJ" review approve --config workflow.json --record "$rec" --text "$text" --item news-2024-0612 \
    --step "$step" --reviewer-id "$id" --reviewer-name "$name" --role "$role" --time "$time" --opinion 同意 "$@"
}
S1=(初审 u1001 张三 编辑 2024-06-12T09:00:00+08:00)
S2=(审核 u2001 李四 科室负责人 2024-06-12T10:30:00+08:00)
S3=(审发 u3001 王强 分管领导 2024-06-12T15:00:00+08:00)

sign record-valid.json text.txt "${S1[@]}"
sign record-valid.json text.txt "${S2[@]}"
sign record-valid.json text.txt "${S3[@]}"

sign record-missing-step.json text.txt "${S1[@]}"
sign record-missing-step.json text.txt "${S3[@]}"

sign record-undecided.json text.txt "${S1[@]}"
sign record-undecided.json text.txt "${S2[@]}"
sign record-undecided.json text.txt "${S3[@]}" --decision 待定

sign record-returned.json text.txt "${S1[@]}"
sign record-returned.json text.txt "${S2[@]}"
sign record-returned.json text.txt "${S3[@]}" --decision 退回

sign record-wrong-order.json text.txt "${S1[@]}"
sign record-wrong-order.json text.txt 审发 u3001 王强 分管领导 2024-06-12T10:00:00+08:00
sign record-wrong-order.json text.txt 审核 u2001 李四 科室负责人 2024-06-12T11:00:00+08:00

sign record-time-order.json text.txt "${S1[@]}"
sign record-time-order.json text.txt 审核 u2001 李四 科室负责人 2024-06-12T08:00:00+08:00
sign record-time-order.json text.txt "${S3[@]}"

sign record-same-reviewer.json text.txt "${S1[@]}"
sign record-same-reviewer.json text.txt "${S2[@]}"
sign record-same-reviewer.json text.txt 审发 u1001 张三 分管领导 2024-06-12T15:00:00+08:00

sign record-wrong-role.json text.txt "${S1[@]}"
sign record-wrong-role.json text.txt "${S2[@]}"
sign record-wrong-role.json text.txt 审发 u3001 王强 编辑 2024-06-12T15:00:00+08:00

sign record-tier-c.json text.txt "${S1[@]}" --tier C
sign record-tier-c.json text.txt 审核 u2002 周敏 分管领导 2024-06-12T10:30:00+08:00
sign record-tier-c.json text.txt 审发 u3002 陈刚 主要负责人 2024-06-12T15:00:00+08:00

sign record-tier-c-wrong-role.json text.txt "${S1[@]}" --tier C
sign record-tier-c-wrong-role.json text.txt "${S2[@]}"
sign record-tier-c-wrong-role.json text.txt "${S3[@]}"

sign record-unresolved.json text-flawed.txt "${S1[@]}"
sign record-unresolved.json text-flawed.txt "${S2[@]}"
sign record-unresolved.json text-flawed.txt "${S3[@]}"

sign record-dismissed.json text-flawed.txt "${S1[@]}"
sign record-dismissed.json text-flawed.txt "${S2[@]}" --resolutions resolutions-dismissed.json
sign record-dismissed.json text-flawed.txt "${S3[@]}"

sign record-dismissed-no-reason.json text-flawed.txt "${S1[@]}"
sign record-dismissed-no-reason.json text-flawed.txt "${S2[@]}" --resolutions resolutions-no-reason.json
sign record-dismissed-no-reason.json text-flawed.txt "${S3[@]}"

sign record-fixed-claim.json text-flawed.txt "${S1[@]}" --fixed 'punctuation/doubled:。。'
sign record-fixed-claim.json text-flawed.txt "${S2[@]}"
sign record-fixed-claim.json text-flawed.txt "${S3[@]}"

# Stored records edited afterwards.
sed '0,/"decision": "退回"/s//"decision": "通过"/' record-returned.json > record-tampered-decision.json
python3 - <<'PY'
import json
r = json.load(open("record-valid.json"))
r["approvals"][1]["opinion"] = "同意发布"
json.dump(r, open("record-tampered-opinion.json", "w"), ensure_ascii=False, indent=2)
r = json.load(open("record-valid.json"))
del r["approvals"][1]
json.dump(r, open("record-deleted-step.json", "w"), ensure_ascii=False, indent=2)
r = json.load(open("record-valid.json"))
r["item"]["id"] = "news-2024-0613"
json.dump(r, open("record-reused.json", "w"), ensure_ascii=False, indent=2)
r = json.load(open("record-valid.json"))
r["approvals"][2]["time"] = "2024-06-12 15:00"
json.dump(r, open("record-bad-time.json", "w"), ensure_ascii=False, indent=2)
PY
printf '{"schema": "shenjiao-review/1", "item": {"id": "news-2024-0612"}, "approvals": []}\n' > record-malformed.json
echo "regenerated $(ls record-*.json | wc -l) records"
