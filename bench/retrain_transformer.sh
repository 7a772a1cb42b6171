#!/bin/sh
# Retrain the shipped transformer and its ensemble thresholds, on CPU, in one command:
#
#   python -m venv /tmp/tvenv && /tmp/tvenv/bin/pip install -e ".[train-transformer]" onnxruntime
#   PYTHON=/tmp/tvenv/bin/python sh bench/retrain_transformer.sh [OUT]
#
# 1. bench/train_transformer.py fine-tunes MiniLM (4 layers) on the linear trainer's DEFAULT_SETS
#    less the calibration sets (train33_*; DEFAULT_SETS holds none of train35-38), chooses its thresholds and first stage on train33, and
#    writes the int8 model to OUT (default auditor/data/textnet; about 30 minutes on one core);
# 2. bench/compare_text_models.py --write-ensemble chooses the ensemble's thresholds on train35,
#    train36 and train37 together (2,815 posts neither model was trained on: one round alone gave a
#    flat curve whose best point moved from round to round) with the shipped linear model and writes
#    them, the floors and the higher bars into OUT/textnet.json;
# 3. it prints the model's SHA-256: pin it as PINNED_SHA256 in auditor/rules/transformer.py (a
#    model that does not match the pin in code is never run).
# The blind sets are refused by both scripts. The floors (ensemble.floor) are the ones
# tests/eval/README.md (fifteenth round) gives; the mean a colleague titled but not named must reach
# (ensemble.unnamed) and the mean that reads past a text the word lists take as another workplace's
# (ensemble.sure) are the ones its sixteenth round gives.
set -eu
PY=${PYTHON:-python}
OUT=${1:-auditor/data/textnet}
CAL="train33_aps_k train33_dibp_j train33_dibp_m train33_qld_j train33_tas_m train33_vic_k"
ENS="train35_aps_q train35_dibp_t train35_qld_q train35_qld_t train35_tas_s train35_vic_s
     train36_aps_v train36_dibp_u train36_dibp_x train36_qld_x train36_tas_v train36_vic_u
     train37_aps_wz train37_dibp_wz train37_qld_xa train37_tas_wy train37_tas_xa train37_vic_wy"
SETS=$($PY -c "import sys; sys.path.insert(0, 'bench'); from train_text_model import DEFAULT_SETS; print(' '.join(s for s in DEFAULT_SETS if not s.startswith(('train33_', 'train35_'))))")
HF_HUB_OFFLINE=1 $PY bench/train_transformer.py --out "$OUT" --layers 4 --sets $SETS --calibrate $CAL --budget-min 60
$PY bench/compare_text_models.py --linear auditor/data/text_model_dibp.json --textnet "$OUT" --calibrate $ENS --write-ensemble \
    --floor-json '{"operational_detail": 0.1, "official_comment": 0.1, "colleague_exposure": 0.0, "uniform": 0.15}' \
    --unnamed-json '{"colleague_exposure": 0.7}' --sure-json '{"operational_detail": 0.8, "uniform": 0.8}'
$PY -c "import hashlib, sys; print('pin in auditor/rules/transformer.py: PINNED_SHA256 =', repr(hashlib.sha256(open(sys.argv[1], 'rb').read()).hexdigest()))" "$OUT/textnet.int8.onnx"
