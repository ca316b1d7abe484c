//! The torch subset: constructors, placement, methods and torch's typing rules. Tensors are
//! arrays (`ArrTy::tensor` is `Some(device)`), so they share kernels, views and the runtime with
//! NumPy arrays; what differs is typing (float32 default, `result_type`), reductions giving
//! 0-d tensors, indexing to 0-d tensors, and printing.

use super::{err, mk, unsupported, Result, Sema, SemaError};
use crate::hir::{self, EwOp, ExprKind as H, RandomKind, ReduceForm, ReduceOp};
use crate::source::{PyExc, Span};
use crate::syntax::ast::{self, ExprKind as A};
use crate::types::{ArrTy, DType, Device, ModuleKind, Shape, Ty};

/// torch's dtype names (`torch.float32`, …).
pub fn torch_dtype(name: &str) -> Option<DType> {
    match name {
        "float32" | "float" => Some(DType::F32),
        "float64" | "double" => Some(DType::F64),
        "int64" | "long" => Some(DType::I64),
        "bool" => Some(DType::Bool),
        _ => None,
    }
}

pub fn torch_dtype_name(d: DType) -> &'static str {
    match d {
        DType::F32 => "torch.float32",
        DType::F64 => "torch.float64",
        DType::I64 => "torch.int64",
        DType::I32 => "torch.int32",
        DType::Bool => "torch.bool",
        DType::C64 => "torch.complex64",
        DType::C128 => "torch.complex128",
        DType::U8 => "torch.uint8",
        DType::U16 => "torch.uint16",
        DType::U32 => "torch.uint32",
        DType::U64 => "torch.uint64",
        DType::I8 => "torch.int8",
        DType::I16 => "torch.int16",
    }
}

fn device_arg(e: &ast::Expr) -> Result<Device> {
    match &e.kind {
        A::Str(s) if s == "cuda" || s == "cuda:0" => Ok(Device::Cuda),
        A::Str(s) if s == "cpu" => Ok(Device::Cpu),
        A::Str(s) => err(
            e.span,
            SemaError::Custom(format!(
                "unsupported: the device '{s}' (use \"cpu\" or \"cuda\")"
            )),
        ),
        _ => unsupported(
            e.span,
            "devices other than the strings \"cpu\" and \"cuda\"",
        ),
    }
}

impl Sema {
    pub(super) fn torch_dtype_kwarg(&mut self, e: &ast::Expr) -> Result<DType> {
        if let A::Attribute { value, attr, .. } = &e.kind {
            if self.module_of(value) == Some(ModuleKind::Torch) {
                if let Some(d) = torch_dtype(attr) {
                    return Ok(d);
                }
            }
        }
        let v = self.expr(e)?;
        match v.ty {
            Ty::TorchDType(d) => Ok(d),
            _ => unsupported(
                e.span,
                "this dtype (supported: torch.float32, torch.float64, torch.int64, torch.bool)",
            ),
        }
    }

    /// Sizes given as `f(2, 3)` or `f((2, 3))`.
    fn torch_sizes(&mut self, args: &[ast::Expr]) -> Result<Shape> {
        if args.len() == 1 {
            return self.shape_arg(&args[0]);
        }
        let mut shape = Vec::new();
        for a in args {
            shape.extend(self.shape_arg(a)?);
        }
        Ok(shape)
    }

    pub(super) fn torch_call(
        &mut self,
        module: ModuleKind,
        name: &str,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let cpu = Device::Cpu;
        match (module, name) {
            (ModuleKind::TorchCuda, "synchronize") => {
                self.kwarg(kwargs, "torch.cuda.synchronize", &[])?;
                Ok(mk(H::CudaSynchronize, Ty::None, span))
            }
            (ModuleKind::TorchCuda, "is_available") => Ok(mk(H::CudaAvailable, Ty::Bool, span)),
            (ModuleKind::Torch, "zeros" | "ones" | "randn" | "rand" | "empty") => {
                let kw = self.kwarg(kwargs, &format!("torch.{name}"), &["dtype", "device"])?;
                let shape = self.torch_sizes(args)?;
                let dtype = match kw.get("dtype") {
                    Some(d) => self.torch_dtype_kwarg(d)?,
                    None => DType::F32,
                };
                let device = match kw.get("device") {
                    Some(d) => device_arg(d)?,
                    None => cpu,
                };
                let ty = ArrTy::tensor(dtype, shape, Device::Cpu);
                let value = match name {
                    "randn" | "rand" => {
                        if !dtype.is_float() {
                            return err(
                                span,
                                SemaError::Py(
                                    PyExc::RuntimeError,
                                    format!(
                                        "\"normal_kernel_cpu\" not implemented for '{}'",
                                        torch_dtype_name(dtype).trim_start_matches("torch.")
                                    ),
                                ),
                            );
                        }
                        let kind = if name == "randn" {
                            RandomKind::Gauss
                        } else {
                            RandomKind::Sample
                        };
                        let zero = mk(H::Float(0.0), Ty::Float, span);
                        mk(
                            H::Random {
                                kind,
                                a: Box::new(zero.clone()),
                                b: Box::new(zero),
                            },
                            Ty::Array(ty),
                            span,
                        )
                    }
                    _ => self
                        .full(dtype, ty.shape.clone(), (name == "ones") as i64, span)
                        .retyped(Ty::Array(ty)),
                };
                Ok(self.placed(value, device))
            }
            (ModuleKind::Torch, "arange") => {
                let kw = self.kwarg(kwargs, "torch.arange", &["dtype", "device"])?;
                let explicit = match kw.get("dtype") {
                    Some(d) => Some(self.torch_dtype_kwarg(d)?),
                    None => None,
                };
                let device = match kw.get("device") {
                    Some(d) => device_arg(d)?,
                    None => cpu,
                };
                // The NumPy arange computes the values; torch's dtype rule: int64 unless a bound
                // is a float, then the default float32.
                let func = ast::Expr {
                    kind: A::None,
                    span,
                };
                let np = self.numpy_call(ModuleKind::NumPy, "arange", &func, args, &[], span)?;
                let Ty::Array(a) = np.ty.clone() else {
                    unreachable!()
                };
                let dtype = explicit.unwrap_or(if a.dtype == DType::I64 {
                    DType::I64
                } else {
                    DType::F32
                });
                let np = mk(
                    np.kind,
                    Ty::Array(ArrTy::tensor(a.dtype, a.shape.clone(), Device::Cpu)),
                    span,
                );
                Ok(self.placed(self.cast_array(np, dtype), device))
            }
            (ModuleKind::Torch, "tensor") => {
                let kw = self.kwarg(kwargs, "torch.tensor", &["dtype", "device"])?;
                if args.len() != 1 {
                    return unsupported(
                        span,
                        "torch.tensor with other than one positional argument",
                    );
                }
                let mut shape = Vec::new();
                let mut elems = Vec::new();
                self.nested_list(&args[0], 0, &mut shape, &mut elems)?;
                let mut dtype = DType::Bool;
                for e in &elems {
                    let d = e.ty.scalar_dtype().unwrap();
                    if d == DType::I32 || crate::int_dtypes::is_new(d) {
                        return unsupported(e.span, format!("{} tensors", d.name()));
                    }
                    if d.kind() > dtype.kind() {
                        dtype = if d.is_float() { DType::F32 } else { d };
                    }
                }
                if let Some(d) = kw.get("dtype") {
                    dtype = self.torch_dtype_kwarg(d)?;
                }
                let device = match kw.get("device") {
                    Some(d) => device_arg(d)?,
                    None => cpu,
                };
                let v = mk(
                    H::ArrayLit(elems),
                    Ty::Array(ArrTy::tensor(dtype, shape, Device::Cpu)),
                    span,
                );
                Ok(self.placed(v, device))
            }
            (ModuleKind::Torch, "exp") => {
                self.kwarg(kwargs, "torch.exp", &[])?;
                let vals = self.args(args)?;
                if vals.len() != 1 || vals[0].ty.as_array().and_then(|a| a.tensor).is_none() {
                    return unsupported(span, "torch.exp of anything but one tensor");
                }
                self.elementwise(EwOp::Exp, vals, span)
            }
            (ModuleKind::Torch, "equal") => {
                self.kwarg(kwargs, "torch.equal", &[])?;
                let (a, b) = self.two_args(args, "equal() takes 2 positional arguments", span)?;
                let (Some(ta), Some(tb)) = (a.ty.as_array().cloned(), b.ty.as_array().cloned())
                else {
                    return unsupported(span, "torch.equal of non-tensors");
                };
                if ta.shape != tb.shape {
                    return Ok(mk(H::Bool(false), Ty::Bool, span));
                }
                let eq = self.elementwise(EwOp::Cmp(ast::CmpOp::Eq), vec![a, b], span)?;
                let all = mk(
                    H::Reduce {
                        op: ReduceOp::Min,
                        arg: Box::new(eq),
                        form: ReduceForm::Silent,
                    },
                    Ty::NpScalar(DType::Bool),
                    span,
                );
                Ok(self.to_py(all, Ty::Bool))
            }
            (ModuleKind::Torch, "matmul" | "mm") => {
                self.kwarg(kwargs, &format!("torch.{name}"), &[])?;
                let (a, b) = self.two_args(
                    args,
                    &format!("{name}() takes 2 positional arguments"),
                    span,
                )?;
                let is_matrix = |e: &hir::Expr| e.ty.as_array().is_some_and(|t| t.ndim() == 2);
                if name == "mm" {
                    // ATen's checks, in its order.
                    for (e, what) in [(&a, "self"), (&b, "mat2")] {
                        if !is_matrix(e) {
                            return err(
                                span,
                                SemaError::Py(
                                    PyExc::RuntimeError,
                                    format!("{what} must be a matrix"),
                                ),
                            );
                        }
                    }
                }
                self.matmul(a, b, true, span)
            }
            (ModuleKind::Torch, n) => {
                if torch_dtype(n).is_some() {
                    return unsupported(span, format!("calling torch.{n}"));
                }
                unsupported(span, format!("torch function 'torch.{n}'"))
            }
            (_, n) => unsupported(span, format!("torch function 'torch.cuda.{n}'")),
        }
    }

    /// A new CPU tensor placed where the script asked.
    fn placed(&self, value: hir::Expr, device: Device) -> hir::Expr {
        if device == Device::Cpu {
            return value;
        }
        let span = value.span;
        let a = value.ty.as_array().unwrap().clone();
        let ty = Ty::Array(ArrTy {
            tensor: Some(device),
            ..a
        });
        mk(
            H::ToDevice {
                value: Box::new(value),
                device,
            },
            ty,
            span,
        )
    }

    pub(super) fn tensor_attribute(
        &mut self,
        v: hir::Expr,
        attr: &str,
        attr_span: Span,
        span: Span,
    ) -> Result<hir::Expr> {
        let a = v.ty.as_array().unwrap().clone();
        let device = a.tensor.unwrap();
        match attr {
            "shape" => Ok(mk(H::TypeValue, Ty::TorchSize(a.shape.clone()), span)),
            "dtype" => Ok(mk(H::TypeValue, Ty::TorchDType(a.dtype), span)),
            "device" => Ok(mk(H::TypeValue, Ty::Device(device), span)),
            "is_cuda" => Ok(mk(H::IsCuda(device), Ty::Bool, span)),
            "ndim" => Ok(mk(H::Int(a.ndim() as i64), Ty::Int, span)),
            "T" => Ok(super::transposed(v, span)),
            _ => err(
                attr_span,
                SemaError::NoAttribute("Tensor".into(), attr.into()),
            ),
        }
    }

    pub(super) fn tensor_method(
        &mut self,
        recv: hir::Expr,
        name: &str,
        name_span: Span,
        args: &[ast::Expr],
        kwargs: &[ast::Keyword],
        span: Span,
    ) -> Result<hir::Expr> {
        let a = recv.ty.as_array().unwrap().clone();
        match name {
            "to" | "cuda" | "cpu" => {
                self.kwarg(kwargs, name, &[])?;
                let device = match (name, args) {
                    ("cuda", []) => Device::Cuda,
                    ("cpu", []) => Device::Cpu,
                    ("to", [d]) => match &d.kind {
                        A::Attribute { value, attr, .. }
                            if self.module_of(value) == Some(ModuleKind::Torch)
                                && torch_dtype(attr).is_some() =>
                        {
                            let dtype = torch_dtype(attr).unwrap();
                            return Ok(self.cast_array(recv, dtype));
                        }
                        _ => device_arg(d)?,
                    },
                    _ => return unsupported(span, format!(".{name}() with these arguments")),
                };
                if a.tensor == Some(device) {
                    return Ok(recv);
                }
                let ty = Ty::Array(ArrTy {
                    tensor: Some(device),
                    ..a
                });
                Ok(mk(
                    H::ToDevice {
                        value: Box::new(recv),
                        device,
                    },
                    ty,
                    span,
                ))
            }
            "float" | "double" | "long" | "bool" if args.is_empty() => {
                let d = torch_dtype(name).unwrap();
                Ok(self.cast_array(recv, d))
            }
            "mm" | "matmul" => {
                self.kwarg(kwargs, name, &[])?;
                let vals = self.args(args)?;
                if vals.len() != 1 {
                    return err(
                        span,
                        SemaError::Py(
                            PyExc::TypeError,
                            format!("{name}() takes exactly one argument"),
                        ),
                    );
                }
                let b = vals.into_iter().next().unwrap();
                if name == "mm" && (a.ndim() != 2 || b.ty.as_array().is_none_or(|t| t.ndim() != 2))
                {
                    return err(
                        span,
                        SemaError::Py(PyExc::RuntimeError, "self must be a matrix".into()),
                    );
                }
                self.matmul(recv, b, true, span)
            }
            "t" => {
                if a.ndim() > 2 {
                    return err(
                        span,
                        SemaError::Py(
                            PyExc::RuntimeError,
                            format!(
                                "t() expects a tensor with <= 2 dimensions, but self is {}D",
                                a.ndim()
                            ),
                        ),
                    );
                }
                self.tensor_attribute(recv, "T", name_span, span)
            }
            "size" => {
                if args.is_empty() {
                    return Ok(mk(H::TypeValue, Ty::TorchSize(a.shape.clone()), span));
                }
                let d = self.expr(&args[0])?;
                match super::const_int(&d, &self.consts) {
                    Some(i) if i >= -(a.ndim() as i64) && i < a.ndim() as i64 => {
                        let i = if i < 0 { i + a.ndim() as i64 } else { i } as usize;
                        Ok(mk(H::Int(a.shape[i] as i64), Ty::Int, span))
                    }
                    Some(i) => err(span, SemaError::Py(PyExc::IndexError, format!("Dimension out of range (expected to be in range of [{}, {}], but got {i})", -(a.ndim() as i64), a.ndim() as i64 - 1))),
                    None => unsupported(span, "dimensions not known at compile time"),
                }
            }
            "numel" => Ok(mk(H::Int(a.size() as i64), Ty::Int, span)),
            "item" => {
                if a.size() != 1 {
                    return err(
                        span,
                        SemaError::Py(
                            PyExc::RuntimeError,
                            format!(
                                "a Tensor with {} elements cannot be converted to Scalar",
                                a.size()
                            ),
                        ),
                    );
                }
                let indices = vec![mk(H::Int(0), Ty::Int, span); a.ndim()];
                let elem = mk(
                    H::Element {
                        base: Box::new(recv),
                        indices,
                    },
                    Ty::NpScalar(a.dtype),
                    span,
                );
                Ok(self.to_py(elem, Ty::scalar_of(a.dtype, false)))
            }
            "sum" | "mean" | "max" | "min" => {
                self.kwarg(kwargs, name, &[])?;
                if !args.is_empty() {
                    return unsupported(args[0].span, format!(".{name}() with arguments"));
                }
                let (op, out) = match name {
                    "sum" => (
                        ReduceOp::Sum,
                        if a.dtype.is_float() {
                            a.dtype
                        } else {
                            DType::I64
                        },
                    ),
                    "mean" => {
                        if !a.dtype.is_float() {
                            let got = if a.dtype == DType::Bool {
                                "Bool"
                            } else {
                                "Long"
                            };
                            return err(span, SemaError::Py(PyExc::RuntimeError, format!("mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: {got}")));
                        }
                        (ReduceOp::Mean, a.dtype)
                    }
                    "max" => (ReduceOp::Max, a.dtype),
                    _ => (ReduceOp::Min, a.dtype),
                };
                let scalar = mk(
                    H::Reduce {
                        op,
                        arg: Box::new(recv),
                        form: ReduceForm::Silent,
                    },
                    Ty::NpScalar(out),
                    span,
                );
                // A 0-d tensor holding the result, on the input's device.
                Ok(mk(
                    H::Full(Box::new(scalar)),
                    Ty::Array(a.with(out, vec![])),
                    span,
                ))
            }
            "reshape" | "view" => self.reshape(recv, args, span),
            "exp" => self.elementwise(EwOp::Exp, vec![recv], span),
            _ => unsupported(name_span, format!("the tensor method .{name}()")),
        }
    }
}

impl hir::Expr {
    fn retyped(mut self, ty: Ty) -> hir::Expr {
        self.ty = ty;
        self
    }
}
