The demo estate in data/ is exactly what the generator writes, and every command works on it.

  $ kefu-gen --out demo 2>&1
  kefu-gen: 240 units, 173 complaints into demo
  $ diff -r -x .kefu "$SOURCE/data" demo && echo identical
  identical

  $ export KEFU_DATA=$PWD/demo KEFU_NOW=2026-11-26T09:30
  $ kefu check
  检查完毕：173 个记录文件，均无问题
  $ kefu due --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), sorted({i["reason"] for i in d}))'
  6 ['resolution_overdue', 'response_overdue']
  $ kefu complaint list --month 2026-10 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), sorted({c["status"] for c in d}))'
  30 ['closed']
