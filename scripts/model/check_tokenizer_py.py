#!/usr/bin/python3
"""Check that the Python tokenizer used for training (tokenizer_files.PieceTokenizer) gives the same ids
as transformers.js. Input: the --dump file written by check-port.mjs.
  /usr/bin/python3 scripts/model/check_tokenizer_py.py .cache/model/port_tokens.json models/ward-abuse/tokenizer.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tokenizer_files import PieceTokenizer  # noqa: E402

dump = json.load(open(sys.argv[1], encoding="utf-8"))
tok = PieceTokenizer(sys.argv[2])
bad = [(s, ids) for s, ids in zip(dump["sentences"], dump["ids"]) if tok.encode(s) != ids]
print(f"python tokenizer == transformers.js on {len(dump['sentences']) - len(bad)}/{len(dump['sentences'])}")
for s, ids in bad[:5]:
    print("  MISMATCH", repr(s[:80]), ids[:10], tok.encode(s)[:10])
sys.exit(1 if bad else 0)
