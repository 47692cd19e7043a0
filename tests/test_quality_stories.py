"""Story and thread grouping floors on RPM2 dev (shared/data/rpm2-dev, 200 articles),
scored by shared/eval/score_clusters.py; bench/stories.py prints the same figures.

- threads against the topic labels: the issue's bar is 0.95; 0.973 when threads landed;
- the distractor copy (each article states a publication day, a topic's second cluster
  thirty days after its first; same places and people, different events): stories against
  topic and month measured 0.971, threads against topic 0.973.

Without publication dates, stories against topic and month stay 0.663 (each thread one
story): RPM2 states no dates, and the latest day an article tells does not tell its
month apart (see the issue's closing note). That figure is printed, not pinned."""
import re

import pytest
from stories import rpm2, rpm2_dated  # bench/, put on the path by conftest.py

THREADS_FLOOR = 0.97
DISTRACTOR_STORIES_FLOOR = 0.95


def f1(report: str) -> float:
    return float(re.search(r"bcubed_f1: ([\d.]+)", report).group(1))


@pytest.fixture(scope="module")
def plain(shared):
    return rpm2(shared)


@pytest.fixture(scope="module")
def dated(shared):
    return rpm2_dated(shared)


def test_rpm2_threads_are_topics(plain):
    assert f1(plain["threads"]) >= THREADS_FLOOR, plain["threads"]


def test_rpm2_distractor_a_month_apart_makes_two_stories_of_one_thread(dated):
    assert f1(dated["stories"]) >= DISTRACTOR_STORIES_FLOOR, dated["stories"]
    assert f1(dated["threads"]) >= THREADS_FLOOR, dated["threads"]
