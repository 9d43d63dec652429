"""Scoring our extraction against gold annotations and public benchmarks."""
