"""Geography shared by rules and inference: one distance function and the offline gazetteer."""
