//! The runtime functions compiled code may call: one table giving each its symbol, its
//! machine signature and (for the JIT) its address. The AOT linker resolves the same symbols
//! from the runtime's static library.

use crate::lir::Ty;
use arrc_runtime::abi;

macro_rules! runtime_functions {
    ($( $variant:ident = $sym:ident ( $($p:ident),* ) $(-> $r:ident)? ;)*) => {
        /// A runtime function callable from LIR.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RtFn { $($variant),* }

        impl RtFn {
            pub const ALL: &'static [RtFn] = &[$(RtFn::$variant),*];

            pub fn symbol(self) -> &'static str {
                match self { $(RtFn::$variant => stringify!($sym)),* }
            }

            pub fn params(self) -> &'static [Ty] {
                match self { $(RtFn::$variant => &[$(Ty::$p),*]),* }
            }

            pub fn ret(self) -> Option<Ty> {
                match self { $(RtFn::$variant => runtime_functions!(@ret $($r)?)),* }
            }

            /// Where the function is in this process, for the JIT.
            pub fn address(self) -> *const u8 {
                match self { $(RtFn::$variant => abi::$sym as *const u8),* }
            }
        }
    };
    (@ret) => { None };
    (@ret $r:ident) => { Some(Ty::$r) };
}

runtime_functions! {
    RtInit = arrc_rt_init(I64);
    RtFinish = arrc_rt_finish() -> I32;
    StatKernel = arrc_stat_kernel();
    Incref = arrc_incref(I64);
    Decref = arrc_decref(I64);
    Alloc = arrc_alloc(I64, I64, I64, I64, I64, I64, I64, I64, I64, I64, I64, I64) -> I64;
    View = arrc_view(I64) -> I64;
    ViewAxis = arrc_view_axis(I64, I64, I64, I64, I64);
    ViewDropAxis = arrc_view_drop_axis(I64, I64, I64);
    ViewNewAxis = arrc_view_new_axis(I64, I64);
    ViewTranspose = arrc_view_transpose(I64);
    ViewSwapAxes = arrc_view_swap_axes(I64, I64, I64);
    Ravel = arrc_ravel(I64) -> I64;
    Reshape = arrc_reshape(I64, I64, I64, I64, I64, I64, I64, I64, I64, I64, I64) -> I64;
    SetShape = arrc_set_shape(I64, I64, I64, I64, I64, I64, I64, I64, I64, I64, I64) -> I64;
    Copy = arrc_copy(I64) -> I64;
    CopyK = arrc_copy_k(I64) -> I64;
    OrderPush = arrc_order_push(I64);
    OrderNode = arrc_order_node(I64, I64, I64, I64, I64, I64, I64, I64, I64, I64);
    OrderApply = arrc_order_apply(I64, I64);
    OrderLike = arrc_order_like(I64, I64);
    OrderConcat = arrc_order_concat(I64, I64);
    OrderTake = arrc_order_take(I64, I64, I64);
    Unalias = arrc_unalias(I64, I64, I64) -> I64;
    ConcatPart = arrc_concat_part(I64, I64, I64, I64);
    ArangeI64 = arrc_arange_i64(I64, I64, I64);
    ArangeF64 = arrc_arange_f64(I64, F64, F64);
    ArangeF32 = arrc_arange_f32(I64, F64, F64);
    MatMul = arrc_matmul(I64, I64, I64) -> I64;
    Trace = arrc_trace(I64, I64) -> I64;
    Sort = arrc_sort(I64, I64, I64, I64) -> I64;
    Partition = arrc_partition(I64, I64, I64, I64, I64) -> I64;
    AsStrided = arrc_as_strided(I64, I64, I64) -> I64;
    Stride = arrc_stride(I64, I64) -> I64;
    Take = arrc_take(I64, I64, I64) -> I64;
    Norm = arrc_norm(I64, I64, I64, I64, F64) -> I64;
    ReduceF64 = arrc_reduce_f64(I64, I64, I64, I64) -> F64;
    ReduceI64 = arrc_reduce_i64(I64, I64, I64) -> I64;
    ReduceF32 = arrc_reduce_f32(I64, I64, I64, I64) -> F32;
    ReduceAxes = arrc_reduce_axes(I64, I64, I64, I64, I64, I64);
    Accumulate = arrc_accumulate(I64, I64, I64, I64, I64);
    WriteComplex = arrc_write_complex(I64, I64);
    ComplexElement = arrc_complex_element(I64, I64) -> I64;
    Hypot = arrc_hypot(F64, F64) -> F64;
    HypotF32 = arrc_hypot_f32(F32, F32) -> F32;
    CSqrtF32Re = arrc_csqrtf_re(F32, F32) -> F32;
    CSqrtF32Im = arrc_csqrtf_im(F32, F32) -> F32;
    CExpF32Re = arrc_cexpf_re(F32, F32) -> F32;
    CExpF32Im = arrc_cexpf_im(F32, F32) -> F32;
    Fma = arrc_fma(F64, F64, F64) -> F64;
    FmaF32 = arrc_fmaf(F32, F32, F32) -> F32;
    CSqrtRe = arrc_csqrt_re(F64, F64) -> F64;
    CSqrtIm = arrc_csqrt_im(F64, F64) -> F64;
    CExpRe = arrc_cexp_re(F64, F64) -> F64;
    CExpIm = arrc_cexp_im(F64, F64) -> F64;
    Exp = arrc_exp(F64) -> F64;
    ExpF32 = arrc_exp_f32(F32) -> F32;
    Log = arrc_log(F64) -> F64;
    LogF32 = arrc_log_f32(F32) -> F32;
    Log2 = arrc_log2(F64) -> F64;
    Log2F32 = arrc_log2_f32(F32) -> F32;
    Log10 = arrc_log10(F64) -> F64;
    Log10F32 = arrc_log10_f32(F32) -> F32;
    Log1p = arrc_log1p(F64) -> F64;
    Log1pF32 = arrc_log1p_f32(F32) -> F32;
    Expm1 = arrc_expm1(F64) -> F64;
    Expm1F32 = arrc_expm1_f32(F32) -> F32;
    Sin = arrc_sin(F64) -> F64;
    SinF32 = arrc_sin_f32(F32) -> F32;
    Cos = arrc_cos(F64) -> F64;
    CosF32 = arrc_cos_f32(F32) -> F32;
    Tan = arrc_tan(F64) -> F64;
    TanF32 = arrc_tan_f32(F32) -> F32;
    Tanh = arrc_tanh(F64) -> F64;
    TanhF32 = arrc_tanh_f32(F32) -> F32;
    Asin = arrc_asin(F64) -> F64;
    AsinF32 = arrc_asin_f32(F32) -> F32;
    Acos = arrc_acos(F64) -> F64;
    AcosF32 = arrc_acos_f32(F32) -> F32;
    Atan = arrc_atan(F64) -> F64;
    AtanF32 = arrc_atan_f32(F32) -> F32;
    CHypot = arrc_c_hypot(F64, F64) -> F64;
    CHypotF32 = arrc_c_hypot_f32(F32, F32) -> F32;
    Copysign = arrc_copysign(F64, F64) -> F64;
    CopysignF32 = arrc_copysign_f32(F32, F32) -> F32;
    Logaddexp = arrc_logaddexp(F64, F64) -> F64;
    LogaddexpF32 = arrc_logaddexp_f32(F32, F32) -> F32;
    Logaddexp2 = arrc_logaddexp2(F64, F64) -> F64;
    Logaddexp2F32 = arrc_logaddexp2_f32(F32, F32) -> F32;
    Exp2 = arrc_exp2(F64) -> F64;
    Exp2F32 = arrc_exp2_f32(F32) -> F32;
    Sinh = arrc_sinh(F64) -> F64;
    SinhF32 = arrc_sinh_f32(F32) -> F32;
    Cosh = arrc_cosh(F64) -> F64;
    CoshF32 = arrc_cosh_f32(F32) -> F32;
    Asinh = arrc_asinh(F64) -> F64;
    AsinhF32 = arrc_asinh_f32(F32) -> F32;
    Acosh = arrc_acosh(F64) -> F64;
    AcoshF32 = arrc_acosh_f32(F32) -> F32;
    Atanh = arrc_atanh(F64) -> F64;
    AtanhF32 = arrc_atanh_f32(F32) -> F32;
    Cbrt = arrc_cbrt(F64) -> F64;
    CbrtF32 = arrc_cbrt_f32(F32) -> F32;
    Deg2rad = arrc_deg2rad(F64) -> F64;
    Deg2radF32 = arrc_deg2rad_f32(F32) -> F32;
    Rad2deg = arrc_rad2deg(F64) -> F64;
    Rad2degF32 = arrc_rad2deg_f32(F32) -> F32;
    Atan2 = arrc_atan2(F64, F64) -> F64;
    Atan2F32 = arrc_atan2_f32(F32, F32) -> F32;
    PowF32 = arrc_pow_f32(F32, F32) -> F32;
    FloorDivF32 = arrc_floordiv_f32(F32, F32) -> F32;
    ModF32 = arrc_mod_f32(F32, F32) -> F32;
    PowF64 = arrc_pow_f64(F64, F64) -> F64;
    FpFlags = arrc_fp_flags(I64, F64, F64) -> I64;
    IntFlags = arrc_int_flags(I64, I64, I64) -> I64;
    FpWarn = arrc_fp_warn(I64, I64);
    PowI64 = arrc_pow_i64(I64, I64, I64) -> I64;
    FloorDivI64 = arrc_floordiv_i64(I64, I64) -> I64;
    ModI64 = arrc_mod_i64(I64, I64) -> I64;
    FloorDivF64 = arrc_floordiv_f64(F64, F64) -> F64;
    ModF64 = arrc_mod_f64(F64, F64) -> F64;
    PyFloorDiv = arrc_py_floordiv(I64, I64, I64) -> I64;
    PyMod = arrc_py_mod(I64, I64, I64) -> I64;
    PyTrueDiv = arrc_py_truediv(F64, F64, I64, I64) -> F64;
    PyFloorDivF64 = arrc_py_floordiv_f64(F64, F64, I64) -> F64;
    PyModF64 = arrc_py_mod_f64(F64, F64, I64) -> F64;
    PyFloatToInt = arrc_py_float_to_int(F64, I64) -> I64;
    PyPowI64 = arrc_py_pow_i64(I64, I64, I64) -> I64;
    PyPowF64 = arrc_py_pow_f64(F64, F64, I64) -> F64;
    PyIntOverflow = arrc_py_int_overflow(I64, I64, I64, I64);
    IndexError = arrc_index_error(I64, I64, I64, I64);
    SliceStart = arrc_slice_start(I64, I64, I64, I64, I64, I64) -> I64;
    ViewSliceRun = arrc_view_slice_run(I64, I64, I64, I64, I64, I64, I64);
    Dim = arrc_dim(I64, I64) -> I64;
    Size = arrc_size(I64) -> I64;
    BshapePush = arrc_bshape_push(I64);
    BshapePushScalar = arrc_bshape_push_scalar();
    BshapeNode = arrc_bshape_node(I64, I64);
    BshapeOutNode = arrc_bshape_out_node(I64, I64, I64);
    BshapeAlloc = arrc_bshape_alloc(I64, I64, I64) -> I64;
    BshapeWrite = arrc_bshape_write(I64, I64);
    BcastView = arrc_bcast_view(I64, I64) -> I64;
    MatmulCheck = arrc_matmul_check(I64, I64, I64, I64);
    MaskTake = arrc_mask_take(I64, I64, I64) -> I64;
    NonZero = arrc_nonzero(I64, I64) -> I64;
    Unique = arrc_unique(I64, I64, I64) -> I64;
    Repeat = arrc_repeat(I64, I64, I64, I64, I64) -> I64;
    SetOp = arrc_set_op(I64, I64, I64, I64) -> I64;
    Api = arrc_api(I64, I64, I64, I64, I64, I64, I64, I64, I64, I64) -> I64;
    Interp = arrc_interp(I64, I64, I64, I64, F64, F64, I64) -> I64;
    ReduceCheck = arrc_reduce_check(I64, I64, I64, I64);
    ReduceAlloc = arrc_reduce_alloc(I64, I64, I64, I64, I64, I64) -> I64;
    IndexPush = arrc_index_push(I64);
    TakeNd = arrc_take_nd(I64, I64, I64) -> I64;
    Einsum = arrc_einsum(I64, I64, I64) -> I64;
    HistEdges = arrc_hist_edges(I64, I64, I64, F64, F64, I64) -> I64;
    HistCount = arrc_hist_count(I64, I64, I64, I64) -> I64;
    MatrixRank = arrc_matrix_rank(I64, I64) -> I64;
    PutNd = arrc_put_nd(I64, I64, I64, I64, I64);
    BinCount = arrc_bincount(I64, I64, I64, I64) -> I64;
    ArangeLenI64 = arrc_arange_len_i64(I64, I64, I64, I64) -> I64;
    ArangeLenF64 = arrc_arange_len_f64(F64, F64, F64, I64) -> I64;
    Raise = arrc_raise(I64, I64);
    RandomSeed = arrc_random_seed(I64, I64);
    RandomFill = arrc_random_fill(I64, I64, F64, F64);
    RandomScalar = arrc_random_scalar(I64, F64, F64) -> F64;
    CheckScale = arrc_check_scale(F64, I64);
    DefaultRng = arrc_default_rng(I64, I64) -> I64;
    DrawF64 = arrc_draw_f64(I64, I64, F64, F64, I64, I64) -> F64;
    DrawFill = arrc_draw_fill(I64, I64, I64, F64, F64, I64);
    DrawI64 = arrc_draw_i64(I64, I64, I64, I64, I64) -> I64;
    DrawFillI64 = arrc_draw_fill_i64(I64, I64, I64, I64, I64, I64);
    DrawIntOf = arrc_draw_int_of(I64, I64, I64, I64, I64, I64) -> I64;
    DrawShuffle = arrc_draw_shuffle(I64, I64);
    WriteBytes = arrc_write_bytes(I64, I64);
    WriteInt = arrc_write_int(I64, I64);
    WriteFloat = arrc_write_float(F64, I64);
    WriteFloat32 = arrc_write_float32(F32, I64);
    WriteInt32 = arrc_write_int32(I64, I64);
    WriteUInt8 = arrc_write_uint8(I64, I64);
    WriteUInt16 = arrc_write_uint16(I64, I64);
    WriteUInt32 = arrc_write_uint32(I64, I64);
    WriteUInt64 = arrc_write_uint64(I64, I64);
    WriteInt8 = arrc_write_int8(I64, I64);
    WriteInt16 = arrc_write_int16(I64, I64);
    IntShift = arrc_int_shift(I64, I64, I64, I64) -> I64;
    PyShift = arrc_py_shift(I64, I64, I64, I64) -> I64;
    IntFits = arrc_int_fits(I64, I64, I64) -> I64;
    U64ToF64 = arrc_u64_to_f64(I64) -> F64;
    U64ToF32 = arrc_u64_to_f32(I64) -> F32;
    F64ToU64 = arrc_f64_to_u64(F64) -> I64;
    WriteBool = arrc_write_bool(I64, I64);
    WriteArray = arrc_write_array(I64, I64);
    WriteList = arrc_write_list(I64, I64);
    ListOp = arrc_list_op(I64, I64, I64) -> I64;
    ListOpF64 = arrc_list_op_f64(I64, I64, I64) -> F64;
    WriteStr = arrc_write_strobj(I64, I64);
    CaptureBegin = arrc_capture_begin();
    CaptureEnd = arrc_capture_end() -> I64;
    StrNew = arrc_str_new(I64, I64) -> I64;
    StrConcat = arrc_str_concat(I64, I64) -> I64;
    SetDeviceMode = arrc_set_device_mode(I64);
    IsCuda = arrc_is_cuda(I64) -> I64;
    CudaAvailable = arrc_cuda_available() -> I64;
    ToDevice = arrc_to_device(I64, I64, I64) -> I64;
    WriteDevice = arrc_write_device(I64);
    WriteTensor = arrc_write_tensor(I64, I64);
    CudaSynchronize = arrc_cuda_synchronize();
    GpuProgram = arrc_gpu_program(I64, I64, I64);
    GpuLaunch = arrc_gpu_launch(I64, I64, I64) -> I64;
    GpuSyncAll = arrc_gpu_sync_all();
    GpuHostWrite = arrc_gpu_host_write(I64);
    TimeBegin = arrc_time_begin();
    TimeEnd = arrc_time_end();
    StrLen = arrc_str_len(I64) -> I64;
    FormatInt = arrc_format_int(I64, I64, I64, I64, I64);
    FormatFloat = arrc_format_float(F64, I64, I64, I64);
    FormatStr = arrc_format_strobj(I64, I64, I64, I64);
    SetPrintOptions = arrc_set_printoptions(I64, I64, I64, I64, I64, I64);
    MathSqrt = arrc_math_sqrt(F64, I64) -> F64;
    MathExp = arrc_math_exp(F64, I64) -> F64;
    MathLog = arrc_math_log(F64, I64) -> F64;
    MathLogBase = arrc_math_log_base(F64, F64, I64) -> F64;
    MathFloor = arrc_math_floor(F64, I64) -> I64;
    MathCeil = arrc_math_ceil(F64, I64) -> I64;
    RoundFloat = arrc_round_float(F64, I64) -> I64;
    RoundFloatDigits = arrc_round_float_digits(F64, I64, I64) -> F64;
    RoundIntDigits = arrc_round_int_digits(I64, I64, I64) -> I64;
    NpRoundDigits = arrc_np_round_digits(F64, I64) -> F64;
    NpRoundDigitsF32 = arrc_np_round_digits_f32(F32, I64) -> F32;
    NpRoundIntDigits = arrc_np_round_int_digits(I64, I64) -> I64;
}
