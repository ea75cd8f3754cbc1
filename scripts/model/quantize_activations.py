#!/usr/bin/env python3
"""Rewrites the int8-weight model so its matrix products also run in int8.

export.py stores int8 weights that are dequantised to float32 before each MatMul, so inference
computes in float32. Here every MatMul whose weight is such a constant becomes
DynamicQuantizeLinear(x) -> MatMulInteger(x_q, W_q) -> Cast -> * (x_scale * w_scale), the scheme
onnxruntime calls dynamic quantisation. Its WASM build has int8 SIMD kernels for MatMulInteger.

    /usr/bin/python3 scripts/model/quantize_activations.py IN.onnx OUT.onnx
"""
import json
import os
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto


def main(src: str, dst: str) -> int:
    model = onnx.load(src)
    g = model.graph
    inits = {i.name: i for i in g.initializer}
    producer = {o: n for n in g.node for o in n.output}

    def weight_of(name):
        """(Wq [N,K] int8, scale [N]) when `name` is Transpose(Mul(Cast(Wq), Unsqueeze(scale))), else None."""
        t = producer.get(name)
        if not t or t.op_type != "Transpose":
            return None
        mul = producer.get(t.input[0])
        if not mul or mul.op_type != "Mul":
            return None
        cast = producer.get(mul.input[0])
        uns = producer.get(mul.input[1])
        if not cast or cast.op_type != "Cast" or cast.input[0] not in inits:
            return None
        if not uns or uns.op_type != "Unsqueeze" or uns.input[0] not in inits:
            return None
        wq = numpy_helper.to_array(inits[cast.input[0]])
        scale = numpy_helper.to_array(inits[uns.input[0]]).astype(np.float32)
        if wq.dtype != np.int8 or wq.ndim != 2 or scale.shape != (wq.shape[0],):
            return None
        return wq, scale

    new_nodes, new_inits, rewritten = [], [], 0
    for node in g.node:
        w = weight_of(node.input[1]) if node.op_type == "MatMul" else None
        if w is None:
            new_nodes.append(node)
            continue
        wq, scale = w
        base = node.output[0].replace("/", "_").strip("_")
        b_name, s_name = f"{base}_Bq", f"{base}_Bscale"
        new_inits.append(numpy_helper.from_array(np.ascontiguousarray(wq.T), b_name))  # [K, N] int8
        new_inits.append(numpy_helper.from_array(scale, s_name))
        xq, xs, xzp, yi, yf, ys = (f"{base}_{s}" for s in ("xq", "xs", "xzp", "yi", "yf", "ys"))
        new_nodes += [
            helper.make_node("DynamicQuantizeLinear", [node.input[0]], [xq, xs, xzp]),
            helper.make_node("MatMulInteger", [xq, b_name, xzp], [yi]),
            helper.make_node("Cast", [yi], [yf], to=TensorProto.FLOAT),
            helper.make_node("Mul", [yf, s_name], [ys]),
            helper.make_node("Mul", [ys, xs], [node.output[0]]),
        ]
        rewritten += 1
    g.ClearField("node")
    g.node.extend(new_nodes)
    g.initializer.extend(new_inits)

    # Drop what nothing reads any more (the old dequantisation chains and their int8 weights).
    while True:
        used = {i for n in g.node for i in n.input} | {o.name for o in g.output}
        dead = [n for n in g.node if not any(o in used for o in n.output)]
        if not dead:
            break
        for n in dead:
            g.node.remove(n)
    used = {i for n in g.node for i in n.input}
    for init in [i for i in g.initializer if i.name not in used]:
        g.initializer.remove(init)
    onnx.checker.check_model(model)
    onnx.save(model, dst)
    print(f"rewrote {rewritten} MatMul nodes -> {dst}")
    # Keep the model card's config in step: it names the quantisation scheme that ships.
    config_path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(dst))), "config.json")
    if rewritten and os.path.exists(config_path):
        config = json.load(open(config_path))
        config.setdefault("ward", {})["quantisation"] = (
            "int8 weights (per-channel Linear, per-row embedding); matrix products in int8 with dynamically quantised "
            "activations (DynamicQuantizeLinear + MatMulInteger, scripts/model/quantize_activations.py); head in float32")
        json.dump(config, open(config_path, "w"), indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
