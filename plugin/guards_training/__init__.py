"""Training code for the models the output guards use (dev-only: needs scikit-learn, never imported by
the plugin at run time). `python -m plugin.guards_training.train_human_claims` rewrites
plugin/core/data/human_claims.json."""
