"""Differential tests of modules/signatures.py (compiled forms chosen at call time), and the
TypeError listing the accepted forms when none takes the arguments."""

import numpy as np
import pytest

from harness import call, differential

CALLS = (
    [call("total", a) for a in (np.arange(5.0), np.ones((2, 3)), np.ones((2, 2, 2)), np.ones((1, 2, 1, 2)), np.zeros(0))]
    + [call("first_item", np.arange(3, 6)), call("first_item", np.zeros(0, dtype=np.int64))]
    + [call("corner", np.arange(6.0).reshape(2, 3))]
    + [call("scaled_sum", np.arange(4.0), 0.5), call("scaled_sum", np.arange(4, dtype=np.float32), 2)]
    + [call("clip", 5.0), call("clip", 5.0, 3.0), call("clip", 5.0, None), call("clip", 2.0, 3.0), call("clip", 5.0, limit=1.0)]
    + [call("clip_optional", x, lo, hi) for x in (-5, 0, 5) for lo in (None, -1) for hi in (None, 2)]
    + [call("clip_optional", 7, high=3), call("uses_helper", 3)]
)

test_function, test_call, test_module = differential("signatures", CALLS)


def test_no_form_takes_the_arguments(compiled_modules):
    module = compiled_modules["signatures"]
    assert not isinstance(module, str), module
    with pytest.raises(TypeError, match=r"scaled_sum\(\) has no compiled form for the arguments \(a: numpy.ndarray\[int32, 1-d\], k: float\); it accepts:"):
        module.scaled_sum(np.arange(3, dtype=np.int32), 1.0)
    with pytest.raises(TypeError, match="corner"):
        module.corner(np.ones(3))  # only the 2-d form type-checks (a[0, 0])
    with pytest.raises(TypeError, match="no compiled form"):
        module.total(np.ones((1, 1, 1, 1, 1)))  # ranks 1 to 4
    with pytest.raises(TypeError):
        module.clip(1.0, "a")
