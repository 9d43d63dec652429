"""Sources in, documents out: reading a corpus (load), its metadata, and cleaning with an offsets map."""
