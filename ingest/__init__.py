"""Files -> Documents -> Chunks with citation metadata -> embeddings -> the index."""
