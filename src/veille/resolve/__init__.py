"""Knowledge lookups: gazetteer, actor knowledge base, date arithmetic."""
