"""What the researcher sees: charts, the notebook runner, the static report, the environment check."""
