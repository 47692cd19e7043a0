import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from seeds import shared_dir  # noqa: E402


@pytest.fixture(scope="session")
def free_port():
    """A function giving a port of 127.0.0.1 that nothing listens on, for a server a test starts."""
    import socket

    def pick() -> int:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]
    return pick


@pytest.fixture(scope="session")
def shared():
    """shared/ (scorers, gold, dev corpora) beside the repo, or skip: the quality
    floors need it, the rest of the suite does not."""
    found = shared_dir()
    if found is None:
        pytest.skip("shared/ (scorers and gold) is not beside the repo; set RECOUPE_SHARED to run this")
    return found


@pytest.fixture(scope="session")
def rpm2_dossiers(shared, tmp_path_factory):
    """recoupe run on each of the 20 RPM2 dev clusters alone, once for the session:
    the folder of their dossiers (<cluster>.json), read by the summary and cross-check floors."""
    from crosscheck import dossiers

    folder = tmp_path_factory.mktemp("rpm2")
    dossiers(shared, folder)
    return folder
