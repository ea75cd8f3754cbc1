#!/bin/sh
# Reproduces models/ward-abuse from ../shared/data in two stages (about 90 minutes on 2 CPU threads).
# Stage 1 is the first session's run (first template batch, no OLID repeat, 1-2 disguised words);
# stage 2 continues from it with the full mixture at a lower learning rate, fits the
# frozen-encoder baseline on that mixture, evaluates and exports. Both stages stop on a time budget,
# so a slower or busier machine trains fewer steps: figures will differ in the third decimal.
set -eu
PY=/usr/bin/python3
$PY scripts/model/train.py --work .cache/model/stage1 --no-export --skip-baseline \
  --templates first --repeat toxigen_seed=3,synthetic=2 --all-words-p 0 --budget-min 38
$PY scripts/model/train.py --work .cache/model/stage2 --init .cache/model/stage1/ward_abuse.pt \
  --templates second --lr 5e-5 --head-lr 1e-3 --budget-min 40
$PY scripts/model/quantize_activations.py models/ward-abuse/onnx/model_quantized.onnx models/ward-abuse/onnx/model_quantized.onnx
