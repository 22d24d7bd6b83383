import pytest


@pytest.fixture(scope="session", autouse=True)
def _one_thread():
    """The tiny models are too small to gain from intra-op threads; on a shared 2-core machine
    a second thread mostly spins. One thread keeps these tests fast and steady."""
    torch = pytest.importorskip("torch")
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
