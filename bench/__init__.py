"""Benchmarks: each ``bench_<area>.py`` measures the project beside a bare baseline in the same run."""
