"""Question -> filters -> hits (dense + BM25, fused) -> an answer with citations."""
