"""`blis.py` for the Lambda package: the one function thinc calls from it, over the BLIS that `blis.cy` holds.

The blis wheel links all of BLIS (kernels for every x86-64 CPU family) statically into each of its two
extension modules, `blis.cy` and `blis.py`: 17.7 MB each after stripping. thinc needs `blis.cy` (spaCy's parser
and thinc's CPU kernels call its C functions) and imports `blis.py` only for `blis.py.gemm`
(`thinc/backends/numpy_ops.pyx`, `NumpyOps.gemm`: float32, beta 0). blis's own `blis.py.gemm` is a thin
wrapper that calls `blis.cy.gemm` (https://github.com/explosion/cython-blis/blob/v1.3.4/blis/py.pyx); this
module makes the same call through the C function `blis.cy` exports (`sgemm`, a Cython capsule), so it runs
the same BLIS code with the same arguments and gives bit-identical results
(tests/unit/test_package_slim.py compares the two). infra/package_slim.py puts it in place of the extension.
"""
from __future__ import annotations

import ctypes

import numpy

from . import cy

_SGEMM_ARGS = (ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_float,
               ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_float, ctypes.c_void_p,
               ctypes.c_int)


def _exported(name: str, *argtypes: type) -> ctypes._CFuncPtr:
    """A C function of blis.cy from its `__pyx_capi__` capsule (the capsule's name is the C signature)."""
    capsule = cy.__pyx_capi__[name]
    get_name = ctypes.PYFUNCTYPE(ctypes.c_char_p, ctypes.py_object)(("PyCapsule_GetName", ctypes.pythonapi))
    get_pointer = ctypes.PYFUNCTYPE(ctypes.c_void_p, ctypes.py_object, ctypes.c_char_p)(
        ("PyCapsule_GetPointer", ctypes.pythonapi))
    # CFUNCTYPE releases the GIL during the call, as blis.py's `with nogil` does.
    return ctypes.CFUNCTYPE(None, *argtypes)(get_pointer(capsule, get_name(capsule)))


# void sgemm(bint transA, bint transB, int M, int N, int K, float alpha, const float* A, int lda,
#            const float* B, int ldb, float beta, float* C, int ldc) nogil   (blis/cy.pxd)
_sgemm = _exported("sgemm", *_SGEMM_ARGS)


def _float_matrix(array: numpy.ndarray, name: str) -> None:
    if not isinstance(array, numpy.ndarray) or array.dtype != numpy.float32 or array.ndim != 2 \
            or not array.flags.c_contiguous:
        raise ValueError(f"blis.py.gemm ({__name__}): {name} must be a C-contiguous 2-d float32 array")


def gemm(A: numpy.ndarray, B: numpy.ndarray, out: numpy.ndarray | None = None, trans1: bool = False,
         trans2: bool = False, alpha: float = 1.0, beta: float = 1.0) -> numpy.ndarray:
    """out = alpha * op(A) @ op(B) + beta * out, op transposing when trans1/trans2; float32 only (thinc's use)."""
    _float_matrix(A, "A")
    _float_matrix(B, "B")
    m, k = (A.shape[1], A.shape[0]) if trans1 else A.shape
    k_b, n = (B.shape[1], B.shape[0]) if trans2 else B.shape
    if k != k_b:
        raise ValueError(f"Shape mismatch for blis.gemm: ({m}, {k}), ({k_b}, {n})")
    if out is None:
        out = numpy.empty((m, n), dtype="f") if beta == 0.0 else numpy.zeros((m, n), dtype="f")
    _float_matrix(out, "out")
    if out.shape != (m, n):
        raise ValueError(f"blis.py.gemm: out has shape {out.shape}, expected {(m, n)}")
    _sgemm(int(bool(trans1)), int(bool(trans2)), m, n, k, alpha, A.ctypes.data, A.shape[1], B.ctypes.data,
           B.shape[1], beta, out.ctypes.data, out.shape[1])
    return out
