//! Cranelift codegen: LIR → machine code, generic over `cranelift_module::Module`, so the JIT
//! (`arrc run`) and the object file (`arrc build`) share every line of translation.
//!
//! Each LIR kernel becomes a function `arrc_kernel_N(arrays…, scalars…[, warning table])`
//! holding a loop nest over its static domain that walks one pointer per operand by its
//! run-time stride; the host program becomes `arrc_main()`. Kernels equal but for their
//! warning table (the same expression on another source line) share one function, which
//! takes the table as its last argument (`kernel_key`): a long script repeats a few kernels
//! many times, and each function costs Cranelift far more than a call.

mod vars;

use crate::lir::{self, Expr, Op, Stmt};
use crate::rtabi::RtFn;
use crate::syntax::ast::CmpOp;
use crate::types::DType;
use cranelift_codegen::entity::packed_option::ReservedValue;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, AbiParam, Block, FuncRef, GlobalValue, InstBuilder, MemFlagsData, Signature,
    StackSlotData, StackSlotKind, Value,
};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{default_libcall_names, DataDescription, DataId, FuncId, Linkage, Module};
use std::collections::HashMap;

const OFF_DATA: i32 = arrc_runtime::array::layout::DATA;
const OFF_STRIDES: i32 = arrc_runtime::array::layout::STRIDES;
/// The header's `shape` array, just before `strides`.
const OFF_SHAPE: i32 = OFF_STRIDES - 8 * arrc_runtime::array::MAX_DIMS as i32;

fn clif_ty(t: lir::Ty) -> types::Type {
    match t {
        lir::Ty::I64 => types::I64,
        lir::Ty::F64 => types::F64,
        lir::Ty::F32 => types::F32,
        lir::Ty::I32 => types::I32,
    }
}

/// The functions a translated program defines.
pub struct Translated {
    pub main: FuncId,
    /// Text of the Cranelift IR of every function, when asked for (`ARRC_DUMP=clif`).
    pub clif: Option<String>,
}

/// Translates a LIR program into `module`. With `entry_point`, also defines a C `main` that
/// initialises the runtime, runs the program and returns its exit code (for executables).
pub fn translate_program<M: Module>(
    module: &mut M,
    prog: &lir::Program,
    entry_point: bool,
    dump: bool,
) -> Result<Translated, String> {
    let mut t = Translator {
        module,
        rt: HashMap::new(),
        data: Vec::new(),
        kernels: Vec::new(),
        clif: dump.then(String::new),
        gpu_meta: prog.gpu_meta.clone(),
        functions: Vec::new(),
    };
    t.declare(prog)?;
    for (i, k) in prog.kernels.iter().enumerate() {
        if t.kernels[i].first == i {
            t.translate_kernel(i, k)?;
        }
    }
    for (i, f) in prog.functions.iter().enumerate() {
        t.translate_function(i, f, prog)?;
    }
    let main = t.translate_main(prog)?;
    if entry_point {
        t.translate_entry(main)?;
    }
    Ok(Translated { main, clif: t.clif })
}

struct Translator<'m, M: Module> {
    module: &'m mut M,
    rt: HashMap<RtFn, FuncId>,
    data: Vec<DataId>,
    /// Per LIR kernel, the function that runs it (shared by equal kernels).
    kernels: Vec<KernelFn>,
    clif: Option<String>,
    /// Per kernel, its GPU descriptor (program data); empty: no GPU hooks (`--device cpu`).
    gpu_meta: Vec<lir::DataId>,
    /// The program's compiled user functions.
    functions: Vec<FuncId>,
}

/// The function compiled for a LIR kernel.
#[derive(Clone, Copy)]
struct KernelFn {
    id: FuncId,
    /// The kernel whose translation it is (the first of those it runs).
    first: usize,
    /// The warning table this kernel's launches pass as the function's last argument.
    table: Option<lir::DataId>,
}

/// What makes two kernels compile to the same function: everything but the warning table,
/// which each source line has its own of. `None`: the kernel shares with no other (a NaN
/// constant, whose bits `Debug` does not show, or data other than its table).
fn kernel_key(k: &lir::Kernel) -> Option<String> {
    fn erase(e: &mut Expr) -> bool {
        match e {
            Expr::F64(x) => !x.is_nan(),
            Expr::Data(_) => false,
            Expr::Checked { table, value, .. } => {
                *table = lir::DataId(0);
                erase(value)
            }
            Expr::Op(_, args) | Expr::Call(_, args) | Expr::CallFunction(_, args) => {
                args.iter_mut().all(erase)
            }
            Expr::Load { arr, offset, .. } => erase(arr) && erase(offset),
            Expr::Stride { arr, .. } => erase(arr),
            Expr::PyIntExact { value, site } => erase(value) && erase(site),
            Expr::Var(_) | Expr::I64(_) | Expr::Input(_) | Expr::Iota(_) | Expr::Param(_) => true,
        }
    }
    let mut k = k.clone();
    erase(&mut k.value).then(|| format!("{k:?}"))
}

/// Whether runtime function `f` may read array data, so that with a GPU the host copies
/// must be current first (`arrc_gpu_sync_all`). Unlisted functions are assumed to read.
fn reads_array_data(f: RtFn) -> bool {
    use RtFn::*;
    !matches!(
        f,
        RtInit
            | RtFinish
            | StatKernel
            | Incref
            | Decref
            | Alloc
            | View
            | ViewAxis
            | ViewDropAxis
            | ViewNewAxis
            | ViewTranspose
            | ViewSwapAxes
            | OrderPush
            | OrderNode
            | OrderApply
            | OrderLike
            | OrderConcat
            | OrderTake
            | MatMul
            | ReduceF64
            | ReduceF32
            | Exp
            | ExpF32
            | PowF32
            | FloorDivF32
            | ModF32
            | PowF64
            | PowI64
            | FloorDivI64
            | ModI64
            | FloorDivF64
            | ModF64
            | PyFloorDiv
            | PyMod
            | PyTrueDiv
            | PyFloorDivF64
            | PyModF64
            | PyFloatToInt
            | PyPowI64
            | PyPowF64
            | PyIntOverflow
            | IndexError
            | SliceStart
            | Raise
            | RandomSeed
            | RandomScalar
            | CheckScale
            | DefaultRng
            | DrawF64
            | DrawI64
            | WriteBytes
            | WriteInt
            | WriteFloat
            | WriteFloat32
            | WriteInt32
            | WriteUInt8
            | WriteUInt16
            | WriteUInt32
            | WriteUInt64
            | WriteInt8
            | WriteInt16
            | IntShift
            | DrawIntOf
            | PyShift
            | IntFits
            | U64ToF64
            | U64ToF32
            | F64ToU64
            | WriteBool
            | CaptureBegin
            | StrNew
            | SetDeviceMode
            | IsCuda
            | CudaAvailable
            | ToDevice
            | WriteDevice
            | CudaSynchronize
            | GpuProgram
            | GpuLaunch
            | GpuSyncAll
            | GpuHostWrite
            | TimeBegin
            | TimeEnd
            | FpFlags
            | IntFlags
            | FpWarn
    )
}

fn map_err<E: std::fmt::Display>(e: E) -> String {
    format!("code generation failed: {e}")
}

impl<M: Module> Translator<'_, M> {
    fn sig(&self, params: &[lir::Ty], ret: Option<lir::Ty>) -> Signature {
        let mut sig = self.module.make_signature();
        for p in params {
            sig.params.push(AbiParam::new(clif_ty(*p)));
        }
        if let Some(r) = ret {
            sig.returns.push(AbiParam::new(clif_ty(r)));
        }
        sig
    }

    fn declare(&mut self, prog: &lir::Program) -> Result<(), String> {
        for &f in RtFn::ALL {
            let sig = self.sig(f.params(), f.ret());
            let id = self
                .module
                .declare_function(f.symbol(), Linkage::Import, &sig)
                .map_err(map_err)?;
            self.rt.insert(f, id);
        }
        for (i, bytes) in prog.data.iter().enumerate() {
            let id = self
                .module
                .declare_data(&format!("arrc_data_{i}"), Linkage::Local, false, false)
                .map_err(map_err)?;
            let mut desc = DataDescription::new();
            desc.define(bytes.clone().into_boxed_slice());
            self.module.define_data(id, &desc).map_err(map_err)?;
            self.data.push(id);
        }
        for (i, f) in prog.functions.iter().enumerate() {
            let params: Vec<lir::Ty> = f.params.iter().map(|v| prog.vars[v.0 as usize]).collect();
            let sig = self.sig(&params, Some(prog.vars[f.result.0 as usize]));
            let id = self
                .module
                .declare_function(&format!("arrc_fn_{i}"), Linkage::Local, &sig)
                .map_err(map_err)?;
            self.functions.push(id);
        }
        let mut shared: HashMap<String, KernelFn> = HashMap::new();
        for (i, k) in prog.kernels.iter().enumerate() {
            let table = k.value.warn_table();
            let key = kernel_key(k);
            if let Some(f) = key.as_ref().and_then(|key| shared.get(key)) {
                self.kernels.push(KernelFn { table, ..*f });
                continue;
            }
            let sig = self.sig(&kernel_params(k), None);
            let id = self
                .module
                .declare_function(&format!("arrc_kernel_{i}"), Linkage::Local, &sig)
                .map_err(map_err)?;
            let f = KernelFn {
                id,
                first: i,
                table,
            };
            if let Some(key) = key {
                shared.insert(key, f);
            }
            self.kernels.push(f);
        }
        Ok(())
    }

    fn define(&mut self, id: FuncId, ctx: &mut Context, name: &str) -> Result<(), String> {
        if let Some(text) = &mut self.clif {
            text.push_str(&format!("; {name}\n{}\n", ctx.func.display()));
        }
        self.module.define_function(id, ctx).map_err(|e| match e {
            cranelift_module::ModuleError::Compilation(err) => {
                format!(
                    "code generation failed in {name}: {}",
                    cranelift_codegen::print_errors::pretty_error(&ctx.func, err)
                )
            }
            other => map_err(other),
        })?;
        self.module.clear_context(ctx);
        Ok(())
    }

    /// `arrc_main`: the host program, or, when it is long, a call of each of its pieces
    /// (`split_main`) in turn. Variables that several pieces mention live in a zeroed data
    /// object, the frame: each piece loads those it mentions on entry and stores them back
    /// on exit. One huge function costs Cranelift more than linear time and holds all its IR
    /// at once; pieces keep both in proportion to the script.
    fn translate_main(&mut self, prog: &lir::Program) -> Result<FuncId, String> {
        let sig = self.sig(&[], None);
        let id = self
            .module
            .declare_function("arrc_main", Linkage::Export, &sig)
            .map_err(map_err)?;
        let pieces = split_main(&prog.body);
        if pieces.len() <= 1 {
            self.translate_host_body(id, &prog.body, prog, None, "arrc_main")?;
            return Ok(id);
        }
        // Per variable: the pieces that mention it, as (first, last), then its frame offset.
        let mut span: Vec<Option<(usize, usize)>> = vec![None; prog.vars.len()];
        for (p, stmts) in pieces.iter().enumerate() {
            for s in *stmts {
                s.for_each_var(&mut |v| {
                    let e = &mut span[v.0 as usize];
                    *e = Some(e.map_or((p, p), |(first, _)| (first, p)));
                });
            }
        }
        let mut offsets = vec![None; prog.vars.len()];
        let mut size = 0;
        for (v, s) in span.iter().enumerate() {
            if matches!(s, Some((first, last)) if first != last) {
                offsets[v] = Some(size);
                size += 8;
            }
        }
        let frame = self
            .module
            .declare_data("arrc_frame", Linkage::Local, true, false)
            .map_err(map_err)?;
        let mut desc = DataDescription::new();
        desc.define_zeroinit(size.max(8) as usize);
        desc.set_align(8);
        self.module.define_data(frame, &desc).map_err(map_err)?;
        let mut ids = Vec::new();
        for (p, stmts) in pieces.iter().enumerate() {
            let name = format!("arrc_main_{p}");
            let piece = self
                .module
                .declare_function(&name, Linkage::Local, &sig)
                .map_err(map_err)?;
            self.translate_host_body(piece, stmts, prog, Some((&offsets, frame)), &name)?;
            ids.push(piece);
        }
        let mut ctx = self.module.make_context();
        ctx.func.signature = sig;
        let mut fctx = FunctionBuilderContext::new();
        let frontend = self.module.target_config();
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let entry = b.create_block();
            b.switch_to_block(entry);
            for piece in ids {
                let f = self.module.declare_func_in_func(piece, b.func);
                b.ins().call(f, &[]);
            }
            b.ins().return_(&[]);
            b.seal_all_blocks();
            b.finalize(frontend);
        }
        self.define(id, &mut ctx, "arrc_main")?;
        Ok(id)
    }

    /// Host code `body` as function `id` of no arguments. With `frame` (per variable, its
    /// offset in the frame data object, if it has one): the frame variables that `body`
    /// mentions are loaded on entry and stored back on exit.
    fn translate_host_body(
        &mut self,
        id: FuncId,
        body: &[Stmt],
        prog: &lir::Program,
        frame: Option<(&[Option<i32>], DataId)>,
        name: &str,
    ) -> Result<(), String> {
        let mut ctx = self.module.make_context();
        ctx.func.signature = self.sig(&[], None);
        let mut fctx = FunctionBuilderContext::new();
        let frontend = self.module.target_config();
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let entry = b.create_block();
            b.switch_to_block(entry);
            // The frame variables `body` mentions, with their offsets.
            let mut shared: Vec<(lir::Var, i32)> = Vec::new();
            if let Some((offsets, _)) = frame {
                let mut seen = std::collections::HashSet::new();
                for s in body {
                    s.for_each_var(&mut |v| {
                        if let Some(off) = offsets[v.0 as usize] {
                            if seen.insert(v.0) {
                                shared.push((v, off));
                            }
                        }
                    });
                }
            }
            let pinned: Vec<lir::Var> = shared.iter().map(|&(v, _)| v).collect();
            let vars = declare_vars(&mut b, body, &prog.vars, &pinned);
            let frame_gv = frame.map(|(_, data)| self.module.declare_data_in_func(data, b.func));
            if let Some(gv) = frame_gv {
                let base = b.ins().symbol_value(types::I64, gv);
                for &(v, off) in &shared {
                    let ty = clif_ty(prog.vars[v.0 as usize]);
                    let x = b.ins().load(ty, MemFlagsData::trusted(), base, off);
                    b.def_var(vars[v.0 as usize], x);
                }
            }
            let mut fx = FnTranslator {
                t: self,
                b,
                vars,
                loops: Vec::new(),
                kernel: None,
                flags: None,
                fired: None,
                implied: Default::default(),
                refs: Default::default(),
            };
            fx.translate_block(body);
            if let Some(gv) = frame_gv {
                let base = fx.b.ins().symbol_value(types::I64, gv);
                for &(v, off) in &shared {
                    let x = fx.b.use_var(fx.vars[v.0 as usize]);
                    fx.b.ins().store(MemFlagsData::trusted(), x, base, off);
                }
            }
            fx.b.ins().return_(&[]);
            fx.b.seal_all_blocks();
            fx.b.finalize(frontend);
        }
        self.define(id, &mut ctx, name)
    }

    /// A compiled user function: its parameters defined from the entry block's arguments,
    /// its body, then `return result`.
    fn translate_function(
        &mut self,
        index: usize,
        f: &lir::Function,
        prog: &lir::Program,
    ) -> Result<(), String> {
        let id = self.functions[index];
        let mut ctx = self.module.make_context();
        let params: Vec<lir::Ty> = f.params.iter().map(|v| prog.vars[v.0 as usize]).collect();
        ctx.func.signature = self.sig(&params, Some(prog.vars[f.result.0 as usize]));
        let mut fctx = FunctionBuilderContext::new();
        let frontend = self.module.target_config();
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let args: Vec<Value> = b.block_params(entry).to_vec();
            let mut pinned = f.params.clone();
            pinned.push(f.result);
            let vars = declare_vars(&mut b, &f.body, &prog.vars, &pinned);
            for (p, a) in f.params.iter().zip(args) {
                b.def_var(vars[p.0 as usize], a);
            }
            let mut fx = FnTranslator {
                t: self,
                b,
                vars,
                loops: Vec::new(),
                kernel: None,
                flags: None,
                fired: None,
                implied: Default::default(),
                refs: Default::default(),
            };
            fx.translate_block(&f.body);
            let r = fx.b.use_var(fx.vars[f.result.0 as usize]);
            fx.b.ins().return_(&[r]);
            fx.b.seal_all_blocks();
            fx.b.finalize(frontend);
        }
        self.define(id, &mut ctx, &format!("arrc_fn_{index}"))
    }

    fn translate_kernel(&mut self, index: usize, k: &lir::Kernel) -> Result<(), String> {
        let id = self.kernels[index].id;
        let mut ctx = self.module.make_context();
        ctx.func.signature = self.sig(&kernel_params(k), None);
        let mut fctx = FunctionBuilderContext::new();
        let frontend = self.module.target_config();
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let args: Vec<Value> = b.block_params(entry).to_vec();
            let nd = k.domain.len();
            let mut fx = FnTranslator {
                t: self,
                b,
                vars: Vec::new(),
                loops: Vec::new(),
                kernel: None,
                flags: None,
                fired: None,
                implied: Default::default(),
                refs: Default::default(),
            };
            // A run-time domain is the output's shape, read from its header; the loop nest
            // is skipped when an extent is 0.
            let mut skip = None;
            let extents: Vec<Option<Value>> = if k.run {
                let ext: Vec<Value> = (0..nd)
                    .map(|d| {
                        fx.b.ins().load(
                            types::I64,
                            MemFlagsData::trusted(),
                            args[k.out],
                            OFF_SHAPE + 8 * d as i32,
                        )
                    })
                    .collect();
                let mut empty: Option<Value> = None;
                for &e in &ext {
                    let z = fx.b.ins().icmp_imm_s(IntCC::Equal, e, 0);
                    empty = Some(match empty {
                        Some(a) => fx.b.ins().bor(a, z),
                        None => z,
                    });
                }
                if let Some(empty) = empty {
                    let body = fx.b.create_block();
                    let done = fx.b.create_block();
                    fx.b.ins().brif(empty, done, &[], body, &[]);
                    fx.b.switch_to_block(body);
                    skip = Some(done);
                }
                ext.into_iter().map(Some).collect()
            } else {
                vec![None; nd]
            };
            if k.run || k.domain.iter().all(|&n| n > 0) {
                // Per operand: its data pointer, and its stride along each domain axis.
                let mut ptrs = Vec::new();
                let mut strides = Vec::new();
                for (j, a) in k.arrays.iter().enumerate() {
                    let data =
                        fx.b.ins()
                            .load(types::I64, MemFlagsData::trusted(), args[j], OFF_DATA);
                    let off = nd - a.ndim;
                    let s: Vec<Value> = (0..nd)
                        .map(|d| {
                            if a.broadcast[d] {
                                fx.b.ins().iconst(types::I64, 0)
                            } else {
                                fx.b.ins().load(
                                    types::I64,
                                    MemFlagsData::trusted(),
                                    args[j],
                                    OFF_STRIDES + 8 * (d - off) as i32,
                                )
                            }
                        })
                        .collect();
                    let vars: Vec<Variable> =
                        (0..=nd).map(|_| fx.b.declare_var(types::I64)).collect();
                    fx.b.def_var(vars[0], data);
                    ptrs.push(vars);
                    strides.push(s);
                }
                let n = k.arrays.len() + k.scalars.len();
                let scalars = args[k.arrays.len()..n].to_vec();
                let counters = (0..nd).map(|_| fx.b.declare_var(types::I64)).collect();
                fx.kernel = Some(KernelCtx {
                    ptrs,
                    level: nd,
                    counters,
                    extents,
                    scalars,
                    arrays: k.arrays.clone(),
                });
                // The warning table: the argument after the scalars.
                let table = k.value.warn_table().map(|_| args[n]);
                if table.is_some() {
                    let flags = fx.b.declare_var(types::I64);
                    let zero = fx.b.ins().iconst(types::I64, 0);
                    fx.b.def_var(flags, zero);
                    fx.flags = Some(flags);
                    implied_checks(&k.value, false, &mut fx.implied);
                }
                fx.translate_loop_nest(k, &strides, 0);
                if let (Some(table), Some(flags)) = (table, fx.flags) {
                    let bits = fx.b.use_var(flags);
                    fx.warn_if_set(bits, table);
                }
            }
            if let Some(done) = skip {
                fx.b.ins().jump(done, &[]);
                fx.b.switch_to_block(done);
            }
            fx.b.ins().return_(&[]);
            fx.b.seal_all_blocks();
            fx.b.finalize(frontend);
        }
        self.define(id, &mut ctx, &format!("arrc_kernel_{index}"))
    }

    /// `int main(void) { arrc_rt_init(0); arrc_main(); return arrc_rt_finish(); }`
    fn translate_entry(&mut self, main: FuncId) -> Result<(), String> {
        let mut sig = self.module.make_signature();
        sig.returns.push(AbiParam::new(types::I32));
        let id = self
            .module
            .declare_function("main", Linkage::Export, &sig)
            .map_err(map_err)?;
        let mut ctx = self.module.make_context();
        ctx.func.signature = sig;
        let mut fctx = FunctionBuilderContext::new();
        let frontend = self.module.target_config();
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let entry = b.create_block();
            b.switch_to_block(entry);
            let init = self
                .module
                .declare_func_in_func(self.rt[&RtFn::RtInit], b.func);
            let zero = b.ins().iconst(types::I64, 0);
            b.ins().call(init, &[zero]);
            let m = self.module.declare_func_in_func(main, b.func);
            b.ins().call(m, &[]);
            let fin = self
                .module
                .declare_func_in_func(self.rt[&RtFn::RtFinish], b.func);
            let call = b.ins().call(fin, &[]);
            let code = b.inst_results(call)[0];
            b.ins().return_(&[code]);
            b.seal_all_blocks();
            b.finalize(frontend);
        }
        self.define(id, &mut ctx, "main")
    }
}

/// LIR statements (nested ones counted) per piece of a long `arrc_main`: enough that a
/// piece's frame loads and stores and its call cost little, few enough that Cranelift's
/// per-function work stays small.
const MAIN_PIECE_STMTS: usize = 1000;

/// The host program cut between top-level statements into pieces of about
/// `MAIN_PIECE_STMTS` statements (a loop or branch stays whole).
fn split_main(body: &[Stmt]) -> Vec<&[Stmt]> {
    fn count(s: &Stmt) -> usize {
        1 + match s {
            Stmt::If { then, orelse, .. } => then.iter().chain(orelse).map(count).sum(),
            Stmt::Loop(body) => body.iter().map(count).sum(),
            _ => 0,
        }
    }
    let mut pieces = Vec::new();
    let (mut start, mut n) = (0, 0);
    for (i, s) in body.iter().enumerate() {
        n += count(s);
        if n >= MAIN_PIECE_STMTS {
            pieces.push(&body[start..=i]);
            (start, n) = (i + 1, 0);
        }
    }
    if start < body.len() {
        pieces.push(&body[start..]);
    }
    pieces
}

/// A kernel function's parameters: its array objects, its scalars, and its warning table
/// when it has one.
fn kernel_params(k: &lir::Kernel) -> Vec<lir::Ty> {
    let mut params = vec![lir::Ty::I64; k.arrays.len()];
    params.extend_from_slice(&k.scalars);
    if k.value.warn_table().is_some() {
        params.push(lir::Ty::I64);
    }
    params
}

/// The Cranelift variable of each LIR variable of `body` (`vars::plan`: variables whose
/// lifetimes do not overlap share one); variables the body never mentions get none.
fn declare_vars(
    b: &mut FunctionBuilder,
    body: &[Stmt],
    var_tys: &[lir::Ty],
    pinned: &[lir::Var],
) -> Vec<Variable> {
    let plan = vars::plan(body, var_tys, pinned);
    let slots: Vec<Variable> = plan
        .slot_tys
        .iter()
        .map(|t| b.declare_var(clif_ty(*t)))
        .collect();
    plan.slot_of
        .iter()
        // Cranelift's reserved variable: any use of one is a bug that its verifier reports.
        .map(|s| s.map_or(Variable::reserved_value(), |s| slots[s as usize]))
        .collect()
}

struct KernelCtx {
    /// `ptrs[j][level]`: operand j's element pointer at loop depth `level`.
    ptrs: Vec<Vec<Variable>>,
    level: usize,
    /// The loop counter of each domain axis.
    counters: Vec<Variable>,
    /// Per domain axis, its extent read at run time (`lir::Kernel::run`), else `None`.
    extents: Vec<Option<Value>>,
    scalars: Vec<Value>,
    arrays: Vec<lir::KernelArray>,
}

struct FnTranslator<'t, 'f, 'm, M: Module> {
    t: &'t mut Translator<'m, M>,
    b: FunctionBuilder<'f>,
    vars: Vec<Variable>,
    /// (continue target, break target) of the enclosing loops.
    loops: Vec<(Block, Block)>,
    kernel: Option<KernelCtx>,
    /// In a kernel with warning checks: the flags word its checks OR their bits into.
    flags: Option<Variable>,
    /// While a kernel's element is computed on the hot path: what its checks saw so far, so
    /// that one branch per element leads to the slow path (`translate_loop_nest`).
    fired: Option<Fired>,
    /// Checked nodes of the kernel value whose hot-path test is implied by an enclosing one
    /// (`implied_checks`), by address.
    implied: std::collections::HashSet<*const Expr>,
    /// The function's reference to each function and data object it uses, made once:
    /// `declare_*_in_func` adds a new one (and a signature) on every call.
    refs: Refs,
}

#[derive(Default)]
struct Refs {
    funcs: HashMap<FuncId, FuncRef>,
    data: HashMap<DataId, GlobalValue>,
}

/// The floats `[lo, hi)` that convert to integer type `to` (int64 or int32) without overflow.
fn int_range(to: DType) -> (f64, f64) {
    if to == DType::I32 {
        (-2147483648.0, 2147483648.0)
    } else {
        (-9.223372036854775808e18, 9.223372036854775808e18)
    }
}

/// Whether operand `i` of `op` makes its result non-finite whenever it is not finite (NaN
/// propagates; an infinity gives an infinity or NaN).
fn propagates(op: Op, i: usize) -> bool {
    match op {
        Op::FAdd | Op::FSub | Op::FMul | Op::FSqrt | Op::FNeg | Op::FAbs => true,
        Op::FPromote | Op::FDemote => true,
        Op::FDiv => i == 0,
        _ => false,
    }
}

/// Collects into `out` the checked float operations of `e` whose result not being finite would
/// make an enclosing checked operation's result not finite too, so that the hot path need not
/// test them (the slow path checks every operation). `covered`: `e`'s own result is.
fn implied_checks(e: &Expr, covered: bool, out: &mut std::collections::HashSet<*const Expr>) {
    match e {
        Expr::Checked { check, value, .. } => {
            let float = matches!(check, lir::Check::Float(_));
            if covered && float {
                out.insert(e as *const Expr);
            }
            match &**value {
                Expr::Op(op, args) => {
                    for (i, a) in args.iter().enumerate() {
                        implied_checks(a, float && propagates(*op, i), out);
                    }
                }
                Expr::Call(_, args) => args.iter().for_each(|a| implied_checks(a, false, out)),
                _ => {}
            }
        }
        Expr::Op(op, args) => {
            for (i, a) in args.iter().enumerate() {
                implied_checks(a, covered && propagates(*op, i), out);
            }
        }
        Expr::Call(_, args) => args.iter().for_each(|a| implied_checks(a, false, out)),
        _ => {}
    }
}

/// The checks of one kernel element on the hot path. A float result `r` gives `r - r` (0, or
/// NaN when `r` is not finite), summed per type as a balanced tree at the element's end (a
/// short dependency chain, no constants); other checks give an `i8` condition, ORed.
#[derive(Default)]
struct Fired {
    f64_terms: Vec<Value>,
    f32_terms: Vec<Value>,
    conds: Vec<Value>,
}

impl<M: Module> FnTranslator<'_, '_, '_, M> {
    fn translate_block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.translate_stmt(s);
        }
    }

    /// After a jump, later statements of the same LIR block are unreachable: give them a block.
    fn start_dead_block(&mut self) {
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
    }

    fn translate_stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Set(v, e) => {
                let val = self.translate_expr(e);
                let var = self.vars[v.0 as usize];
                self.b.def_var(var, val);
            }
            Stmt::Call(f, args) => {
                self.call(*f, args);
            }
            Stmt::Store {
                arr,
                offset,
                dtype,
                value,
            } => {
                let a = self.translate_expr(arr);
                if self.gpu() {
                    self.call_values(RtFn::GpuHostWrite, &[a]);
                }
                let data = self
                    .b
                    .ins()
                    .load(types::I64, MemFlagsData::trusted(), a, OFF_DATA);
                let off = self.translate_expr(offset);
                let addr = self.b.ins().iadd(data, off);
                if let Expr::Op(Op::CPair, parts) = value {
                    // A complex element (a real value converted): both parts, side by side.
                    let re = self.translate_expr(&parts[0]);
                    let im = self.translate_expr(&parts[1]);
                    self.store_elem(addr, *dtype, re);
                    let half = if *dtype == DType::C64 { 4 } else { 8 };
                    self.b.ins().store(MemFlagsData::trusted(), im, addr, half);
                } else {
                    let v = self.translate_expr(value);
                    self.store_elem(addr, *dtype, v);
                }
            }
            Stmt::If { cond, then, orelse } => {
                let c = self.translate_expr(cond);
                let then_b = self.b.create_block();
                let else_b = self.b.create_block();
                let merge = self.b.create_block();
                self.b.ins().brif(c, then_b, &[], else_b, &[]);
                self.b.switch_to_block(then_b);
                self.translate_block(then);
                self.b.ins().jump(merge, &[]);
                self.b.switch_to_block(else_b);
                self.translate_block(orelse);
                self.b.ins().jump(merge, &[]);
                self.b.switch_to_block(merge);
            }
            Stmt::Loop(body) => {
                let header = self.b.create_block();
                let exit = self.b.create_block();
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(header);
                self.loops.push((header, exit));
                self.translate_block(body);
                self.loops.pop();
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(exit);
            }
            Stmt::Break => {
                let (_, exit) = *self.loops.last().expect("break outside loop");
                self.b.ins().jump(exit, &[]);
                self.start_dead_block();
            }
            Stmt::BreakOut(n) => {
                let (_, exit) = self.loops[self.loops.len() - 1 - n];
                self.b.ins().jump(exit, &[]);
                self.start_dead_block();
            }
            Stmt::Continue => {
                let (header, _) = *self.loops.last().expect("continue outside loop");
                self.b.ins().jump(header, &[]);
                self.start_dead_block();
            }
            Stmt::Launch {
                kernel,
                arrays,
                scalars,
            } => {
                let args: Vec<Value> = arrays
                    .iter()
                    .chain(scalars)
                    .map(|e| self.translate_expr(e))
                    .collect();
                let kf = self.t.kernels[*kernel];
                let f = self.func_ref(kf.id);
                // The CPU function's arguments: the GPU's, then the warning table.
                let mut cpu_args = args.clone();
                if let Some(table) = kf.table {
                    cpu_args.push(self.translate_expr(&Expr::Data(table)));
                }
                if !self.gpu() {
                    self.b.ins().call(f, &cpu_args);
                    return;
                }
                // `if (!arrc_gpu_launch(kernel, meta, args)) arrc_kernel_N(args…)`, the
                // arguments passed in memory, 8 bytes each.
                let slot = self.b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    8 * args.len().max(1) as u32,
                    3,
                ));
                for (i, &v) in args.iter().enumerate() {
                    self.b.ins().stack_store(types::I64, v, slot, 8 * i as i32);
                }
                let addr = self.b.ins().stack_addr(types::I64, slot, 0);
                let meta = self.t.gpu_meta[*kernel];
                let meta = self.translate_expr(&Expr::Data(meta));
                let index = self.b.ins().iconst(types::I64, *kernel as i64);
                let on_gpu = self
                    .call_values(RtFn::GpuLaunch, &[index, meta, addr])
                    .expect("arrc_gpu_launch returns");
                let cpu = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(on_gpu, done, &[], cpu, &[]);
                self.b.switch_to_block(cpu);
                self.b.ins().call(f, &cpu_args);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
        }
    }

    /// Whether GPU hooks are compiled into the host program.
    fn gpu(&self) -> bool {
        self.kernel.is_none() && !self.t.gpu_meta.is_empty()
    }

    fn call(&mut self, f: RtFn, args: &[Expr]) -> Option<Value> {
        let vals: Vec<Value> = args.iter().map(|a| self.translate_expr(a)).collect();
        if self.gpu() && reads_array_data(f) {
            self.call_values(RtFn::GpuSyncAll, &[]);
        }
        self.call_values(f, &vals)
    }

    fn func_ref(&mut self, id: FuncId) -> FuncRef {
        if let Some(&f) = self.refs.funcs.get(&id) {
            return f;
        }
        let f = self.t.module.declare_func_in_func(id, self.b.func);
        self.refs.funcs.insert(id, f);
        f
    }

    fn call_values(&mut self, f: RtFn, vals: &[Value]) -> Option<Value> {
        let fref = self.func_ref(self.t.rt[&f]);
        let call = self.b.ins().call(fref, vals);
        self.b.inst_results(call).first().copied()
    }

    fn load_elem(&mut self, addr: Value, dtype: DType) -> Value {
        let flags = MemFlagsData::trusted();
        match dtype {
            DType::Bool => self.b.ins().uload8(types::I64, flags, addr, 0),
            DType::I64 => self.b.ins().load(types::I64, flags, addr, 0),
            DType::I32 => self.b.ins().sload32(flags, addr, 0),
            DType::U8 => self.b.ins().uload8(types::I64, flags, addr, 0),
            DType::I8 => self.b.ins().sload8(types::I64, flags, addr, 0),
            DType::U16 => self.b.ins().uload16(types::I64, flags, addr, 0),
            DType::I16 => self.b.ins().sload16(types::I64, flags, addr, 0),
            DType::U32 => self.b.ins().uload32(flags, addr, 0),
            DType::U64 => self.b.ins().load(types::I64, flags, addr, 0),
            DType::F64 => self.b.ins().load(types::F64, flags, addr, 0),
            DType::F32 => self.b.ins().load(types::F32, flags, addr, 0),
            // The real part; `Op::CImag` reads the other.
            DType::C128 => self.b.ins().load(types::F64, flags, addr, 0),
            DType::C64 => self.b.ins().load(types::F32, flags, addr, 0),
        }
    }

    fn store_elem(&mut self, addr: Value, dtype: DType, v: Value) {
        let flags = MemFlagsData::trusted();
        match dtype {
            DType::Bool | DType::U8 | DType::I8 => {
                self.b.ins().istore8(flags, v, addr, 0);
            }
            DType::U16 | DType::I16 => {
                self.b.ins().istore16(flags, v, addr, 0);
            }
            DType::I32 | DType::U32 => {
                self.b.ins().istore32(flags, v, addr, 0);
            }
            DType::I64 | DType::U64 | DType::F64 | DType::F32 | DType::C64 | DType::C128 => {
                self.b.ins().store(flags, v, addr, 0);
            }
        }
    }

    fn translate_expr(&mut self, e: &Expr) -> Value {
        match e {
            Expr::Var(v) => self.b.use_var(self.vars[v.0 as usize]),
            Expr::I64(i) => self.b.ins().iconst(types::I64, *i),
            Expr::F64(f) => self.b.ins().f64const(*f),
            Expr::Input(j) => {
                let k = self.kernel.as_ref().expect("Input outside a kernel");
                let var = k.ptrs[*j][k.level];
                let dtype = k.arrays[*j].dtype;
                let addr = self.b.use_var(var);
                self.load_elem(addr, dtype)
            }
            Expr::Param(p) => {
                self.kernel
                    .as_ref()
                    .expect("Param outside a kernel")
                    .scalars[*p]
            }
            Expr::Iota(d) => {
                let var = self
                    .kernel
                    .as_ref()
                    .expect("Iota outside a kernel")
                    .counters[*d];
                self.b.use_var(var)
            }
            Expr::Op(Op::CImag, args) => {
                let Expr::Input(j) = args[0] else {
                    unreachable!("CImag of a non-operand")
                };
                let k = self.kernel.as_ref().expect("CImag outside a kernel");
                let var = k.ptrs[j][k.level];
                let dtype = k.arrays[j].dtype;
                let addr = self.b.use_var(var);
                let (ty, half) = match dtype {
                    DType::C64 => (types::F32, 4),
                    _ => (types::F64, 8),
                };
                self.b.ins().load(ty, MemFlagsData::trusted(), addr, half)
            }
            Expr::Op(Op::CPair, args) => {
                // Only the slow path's recomputation (for warning flags) gets here.
                let re = self.translate_expr(&args[0]);
                self.translate_expr(&args[1]);
                re
            }
            Expr::Op(op, args) => {
                let vals: Vec<Value> = args.iter().map(|a| self.translate_expr(a)).collect();
                self.translate_op(*op, &vals)
            }
            Expr::Call(f, args) => self
                .call(*f, args)
                .expect("runtime call used as a value returns nothing"),
            Expr::Load { arr, offset, dtype } => {
                let a = self.translate_expr(arr);
                if self.gpu() {
                    self.call_values(RtFn::GpuSyncAll, &[]);
                }
                let data = self
                    .b
                    .ins()
                    .load(types::I64, MemFlagsData::trusted(), a, OFF_DATA);
                let off = self.translate_expr(offset);
                let addr = self.b.ins().iadd(data, off);
                self.load_elem(addr, *dtype)
            }
            Expr::Stride { arr, axis } => {
                let a = self.translate_expr(arr);
                self.b.ins().load(
                    types::I64,
                    MemFlagsData::trusted(),
                    a,
                    OFF_STRIDES + 8 * *axis as i32,
                )
            }
            Expr::CallFunction(i, args) => {
                let vals: Vec<Value> = args.iter().map(|a| self.translate_expr(a)).collect();
                let fref = self.func_ref(self.t.functions[*i]);
                let call = self.b.ins().call(fref, &vals);
                self.b.inst_results(call)[0]
            }
            Expr::Checked {
                check,
                bit,
                table,
                value,
            } => {
                let implied = self.fired.is_some() && self.implied.contains(&(e as *const Expr));
                self.translate_checked(*check, *bit, *table, value, implied)
            }
            Expr::PyIntExact { value, site } => self.translate_py_int_exact(value, site),
            Expr::Data(id) => {
                let data = self.t.data[id.0 as usize];
                let gv = match self.refs.data.get(&data) {
                    Some(&gv) => gv,
                    None => {
                        let gv = self.t.module.declare_data_in_func(data, self.b.func);
                        self.refs.data.insert(data, gv);
                        gv
                    }
                };
                self.b.ins().symbol_value(types::I64, gv)
            }
        }
    }

    /// `values` combined by `f` as a balanced tree; `None` when empty.
    fn tree(
        &mut self,
        mut values: Vec<Value>,
        f: impl Fn(&mut FunctionBuilder, Value, Value) -> Value,
    ) -> Option<Value> {
        while values.len() > 1 {
            values = values
                .chunks(2)
                .map(|c| match c {
                    [x, y] => f(&mut self.b, *x, *y),
                    [x] => *x,
                    _ => unreachable!(),
                })
                .collect();
        }
        values.pop()
    }

    /// Narrows a float check that fired (`nonfinite`: the result `r` is NaN or infinite) to the
    /// elements that can raise a flag, so that data full of NaN and inf never reaches the cold
    /// call: NumPy's flags are the hardware's, and an operation with a quiet-NaN operand raises
    /// none, while `+ - * /` with an infinite operand raise one only when the result is NaN
    /// (`inf - inf`, `0 * inf`, `inf / inf`). Signalling NaNs still take the cold path.
    fn float_check_may_flag(
        &mut self,
        code: i64,
        nonfinite: Value,
        r: Value,
        vals: &[Value],
    ) -> Value {
        use arrc_runtime::warn::op;
        let mut fires = nonfinite;
        let floats: Vec<Value> = vals
            .iter()
            .copied()
            .filter(|&v| self.b.func.dfg.value_type(v).is_float())
            .collect();
        for &x in &floats {
            let ty = self.b.func.dfg.value_type(x);
            let (int_ty, quiet_bit) = if ty == types::F32 {
                (types::I32, 1i64 << 22)
            } else {
                (types::I64, 1i64 << 51)
            };
            let is_nan = self.b.ins().fcmp(FloatCC::Unordered, x, x);
            let bits = self.b.ins().bitcast(int_ty, MemFlagsData::new(), x);
            let quiet = self.b.ins().band_imm_u(bits, quiet_bit);
            let quiet = self.b.ins().icmp_imm_u(IntCC::NotEqual, quiet, 0);
            let quiet_nan = self.b.ins().band(is_nan, quiet);
            let not_quiet_nan = self.b.ins().bxor_imm_u(quiet_nan, 1);
            fires = self.b.ins().band(fires, not_quiet_nan);
        }
        if matches!(code & !op::F32, op::ADD | op::SUB | op::MUL | op::DIV) {
            // An infinite result is a flag only from finite operands.
            let mut all_finite: Option<Value> = None;
            for &x in &floats {
                let a = self.b.ins().fabs(x);
                let inf = self.float_const_like(x, f64::INFINITY);
                let finite = self.b.ins().fcmp(FloatCC::LessThan, a, inf);
                all_finite = Some(match all_finite {
                    None => finite,
                    Some(f) => self.b.ins().band(f, finite),
                });
            }
            let mut may = self.b.ins().fcmp(FloatCC::Unordered, r, r);
            if let Some(f) = all_finite {
                may = self.b.ins().bor(may, f);
            }
            fires = self.b.ins().band(fires, may);
        }
        fires
    }

    /// `arrc_fp_warn(bits, table)` when `bits` is not zero.
    fn warn_if_set(&mut self, bits: Value, table: Value) {
        let warn = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(warn);
        self.b.ins().brif(bits, warn, &[], done, &[]);
        self.b.switch_to_block(warn);
        self.call_values(RtFn::FpWarn, &[bits, table]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// An operation with NumPy's warning flags (`lir::Check`): a cheap test of its result on
    /// the hot path; only when it fires, a cold block asks the runtime which flags were raised
    /// and ORs them into the kernel's flags word (host code: prints them at once).
    fn translate_checked(
        &mut self,
        check: lir::Check,
        bit: u32,
        table: lir::DataId,
        value: &Expr,
        implied: bool,
    ) -> Value {
        let (vals, r, op) = match value {
            Expr::Op(op, args) => {
                let vals: Vec<Value> = args.iter().map(|a| self.translate_expr(a)).collect();
                let r = self.translate_op(*op, &vals);
                (vals, r, Some(*op))
            }
            Expr::Call(f, args) => {
                let vals: Vec<Value> = args.iter().map(|a| self.translate_expr(a)).collect();
                if self.gpu() && reads_array_data(*f) {
                    self.call_values(RtFn::GpuSyncAll, &[]);
                }
                let r = self
                    .call_values(*f, &vals)
                    .expect("checked runtime call returns");
                (vals, r, None)
            }
            other => unreachable!("checked {other}"),
        };
        if implied {
            return r;
        }
        if let (Some(fired), lir::Check::Float(_)) = (&mut self.fired, check) {
            let d = self.b.ins().fsub(r, r);
            if self.b.func.dfg.value_type(r) == types::F32 {
                fired.f32_terms.push(d);
            } else {
                fired.f64_terms.push(d);
            }
            return r;
        }
        let fires = match check {
            lir::Check::Float(code) => {
                let a = self.b.ins().fabs(r);
                let inf = self.float_const_like(r, f64::INFINITY);
                let nonfinite = self
                    .b
                    .ins()
                    .fcmp(FloatCC::UnorderedOrGreaterThanOrEqual, a, inf);
                self.float_check_may_flag(code, nonfinite, r, &vals)
            }
            lir::Check::IntDiv(..) => {
                let y1 = self.b.ins().iadd_imm_s(vals[1], 1);
                self.b
                    .ins()
                    .icmp_imm_u(IntCC::UnsignedLessThanOrEqual, y1, 1)
            }
            lir::Check::IntOverflow(DType::I32) => {
                // Computed in i64, where no int32 operation overflows.
                let low = self.b.ins().ireduce(types::I32, r);
                let wrapped = self.b.ins().sextend(types::I64, low);
                self.b.ins().icmp(IntCC::NotEqual, wrapped, r)
            }
            lir::Check::IntOverflow(d) if crate::int_dtypes::wraps(d) => {
                // Computed in i64 from in-range operands, where none of these overflows:
                // the result is out of range when it is not its own low bits.
                let narrow = match d.itemsize() {
                    1 => types::I8,
                    2 => types::I16,
                    _ => types::I32,
                };
                let low = self.b.ins().ireduce(narrow, r);
                let wrapped = if crate::int_dtypes::is_unsigned(d) {
                    self.b.ins().uextend(types::I64, low)
                } else {
                    self.b.ins().sextend(types::I64, low)
                };
                self.b.ins().icmp(IntCC::NotEqual, wrapped, r)
            }
            lir::Check::IntOverflow(DType::U64) => {
                let ins = self.b.ins();
                match op {
                    Some(Op::IAdd) => ins.icmp(IntCC::UnsignedLessThan, r, vals[0]),
                    Some(Op::ISub) => ins.icmp(IntCC::UnsignedLessThan, vals[0], vals[1]),
                    Some(Op::IMul) => {
                        let hi = ins.umulhi(vals[0], vals[1]);
                        self.b.ins().icmp_imm_u(IntCC::NotEqual, hi, 0)
                    }
                    // Negation: any value but 0.
                    _ => ins.icmp_imm_u(IntCC::NotEqual, vals[0], 0),
                }
            }
            lir::Check::IntOverflow(_) => {
                let ins = self.b.ins();
                match op {
                    Some(Op::IAdd) | Some(Op::ISub) => {
                        let (x, y) = (vals[0], vals[1]);
                        let xr = ins.bxor(x, r);
                        let other = if op == Some(Op::IAdd) {
                            self.b.ins().bxor(y, r)
                        } else {
                            self.b.ins().bxor(x, y)
                        };
                        let both = self.b.ins().band(xr, other);
                        self.b.ins().icmp_imm_s(IntCC::SignedLessThan, both, 0)
                    }
                    Some(Op::IMul) => {
                        let hi = ins.smulhi(vals[0], vals[1]);
                        let sign = self.b.ins().sshr_imm_u(r, 63);
                        self.b.ins().icmp(IntCC::NotEqual, hi, sign)
                    }
                    _ => ins.icmp_imm_s(IntCC::Equal, vals[0], i64::MIN),
                }
            }
            lir::Check::FloatToInt(to) => {
                let x = vals[0];
                let (lo, hi) = int_range(to);
                let lo = self.float_const_like(x, lo);
                let hi = self.float_const_like(x, hi);
                let ge = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, lo);
                let lt = self.b.ins().fcmp(FloatCC::LessThan, x, hi);
                let ok = self.b.ins().band(ge, lt);
                self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0)
            }
        };
        if let Some(fired) = &mut self.fired {
            // Hot path of a kernel: only note whether the check fired.
            fired.conds.push(fires);
            return r;
        }
        let slow = self.b.create_block();
        let merge = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(fires, slow, &[], merge, &[]);
        self.b.switch_to_block(slow);
        let bits = match check {
            lir::Check::Float(code) => {
                let widen = |fx: &mut Self, v: Value| {
                    if fx.b.func.dfg.value_type(v) == types::F32 {
                        fx.b.ins().fpromote(types::F64, v)
                    } else {
                        v
                    }
                };
                let x = widen(self, vals[0]);
                let y = match vals.get(1) {
                    Some(&y) => widen(self, y),
                    None => x,
                };
                let c = self.b.ins().iconst(types::I64, code);
                self.call_values(RtFn::FpFlags, &[c, x, y])
                    .expect("arrc_fp_flags returns")
            }
            lir::Check::IntDiv(floor_div, dt) => {
                let small = match dt {
                    DType::I8 | DType::I16 => crate::int_dtypes::bits(dt) as i64,
                    _ => 0,
                };
                let code = floor_div as i64 | ((dt == DType::I32) as i64) << 1 | small << 2;
                let c = self.b.ins().iconst(types::I64, code);
                self.call_values(RtFn::IntFlags, &[c, vals[0], vals[1]])
                    .expect("arrc_int_flags returns")
            }
            lir::Check::IntOverflow(_) => self
                .b
                .ins()
                .iconst(types::I64, arrc_runtime::warn::OVERFLOW),
            lir::Check::FloatToInt(_) => {
                self.b.ins().iconst(types::I64, arrc_runtime::warn::INVALID)
            }
        };
        let bits = self.b.ins().ishl_imm_s(bits, bit as i64);
        match self.flags {
            Some(flags) => {
                let old = self.b.use_var(flags);
                let new = self.b.ins().bor(old, bits);
                self.b.def_var(flags, new);
            }
            None => {
                let table = self.translate_expr(&Expr::Data(table));
                self.warn_if_set(bits, table)
            }
        }
        self.b.ins().jump(merge, &[]);
        self.b.switch_to_block(merge);
        r
    }

    /// A Python int operation with the machine's overflow flag: a cold call that stops the
    /// program when the exact result leaves int64.
    fn translate_py_int_exact(&mut self, value: &Expr, site: &Expr) -> Value {
        use arrc_runtime::abi::{PY_INT_ABS, PY_INT_ADD, PY_INT_MUL, PY_INT_NEG, PY_INT_SUB};
        let Expr::Op(op, args) = value else {
            unreachable!("exact {value}")
        };
        let vals: Vec<Value> = args.iter().map(|a| self.translate_expr(a)).collect();
        let zero = self.b.ins().iconst(types::I64, 0);
        let (code, r, overflow) = match op {
            Op::IAdd => {
                let (r, o) = self.b.ins().sadd_overflow(vals[0], vals[1]);
                (PY_INT_ADD, r, o)
            }
            Op::ISub => {
                let (r, o) = self.b.ins().ssub_overflow(vals[0], vals[1]);
                (PY_INT_SUB, r, o)
            }
            Op::IMul => {
                let (r, o) = self.b.ins().smul_overflow(vals[0], vals[1]);
                (PY_INT_MUL, r, o)
            }
            Op::INeg => {
                let (r, o) = self.b.ins().ssub_overflow(zero, vals[0]);
                (PY_INT_NEG, r, o)
            }
            Op::IAbs => {
                // Only -2**63 has no int64 absolute value (its negation overflows).
                let (neg, o) = self.b.ins().ssub_overflow(zero, vals[0]);
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, vals[0], 0);
                let r = self.b.ins().select(negative, neg, vals[0]);
                (PY_INT_ABS, r, o)
            }
            other => unreachable!("exact {other:?}"),
        };
        let slow = self.b.create_block();
        let merge = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(overflow, slow, &[], merge, &[]);
        self.b.switch_to_block(slow);
        let site = self.translate_expr(site);
        let code = self.b.ins().iconst(types::I64, code);
        let y = vals.get(1).copied().unwrap_or(zero);
        self.call_values(RtFn::PyIntOverflow, &[code, vals[0], y, site]);
        self.b.ins().jump(merge, &[]);
        self.b.switch_to_block(merge);
        r
    }

    fn bool_of(&mut self, cmp: Value) -> Value {
        self.b.ins().uextend(types::I64, cmp)
    }

    /// The one translation of each LIR operation.
    /// A float constant of `v`'s type.
    fn float_const_like(&mut self, v: Value, x: f64) -> Value {
        if self.b.func.dfg.value_type(v) == types::F32 {
            self.b.ins().f32const(x as f32)
        } else {
            self.b.ins().f64const(x)
        }
    }

    fn translate_op(&mut self, op: Op, v: &[Value]) -> Value {
        if let Op::FToI | Op::FToI32 = op {
            // x86-64's conversion, which NumPy's cast inherits: NaN and out-of-range values
            // become the type's minimum (i32::MIN sign-extended for int32).
            let to = if op == Op::FToI32 {
                DType::I32
            } else {
                DType::I64
            };
            let (lo, hi) = int_range(to);
            let sat = self.b.ins().fcvt_to_sint_sat(types::I64, v[0]);
            let lo = self.float_const_like(v[0], lo);
            let hi = self.float_const_like(v[0], hi);
            let ge = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, v[0], lo);
            let lt = self.b.ins().fcmp(FloatCC::LessThan, v[0], hi);
            let ok = self.b.ins().band(ge, lt);
            let min = if to == DType::I32 {
                i32::MIN as i64
            } else {
                i64::MIN
            };
            let min = self.b.ins().iconst(types::I64, min);
            return self.b.ins().select(ok, sat, min);
        }
        if let Some(r) = self.translate_ufunc_op(op, v) {
            return r;
        }
        if let Op::FToB = op {
            let zero = self.float_const_like(v[0], 0.0);
            let r = self.b.ins().fcmp(FloatCC::NotEqual, v[0], zero);
            return self.bool_of(r);
        }
        let ins = self.b.ins();
        match op {
            Op::IAdd => ins.iadd(v[0], v[1]),
            Op::ISub => ins.isub(v[0], v[1]),
            Op::IMul => ins.imul(v[0], v[1]),
            Op::INeg => ins.ineg(v[0]),
            Op::IAbs => ins.iabs(v[0]),
            Op::IAnd => ins.band(v[0], v[1]),
            Op::IOr => ins.bor(v[0], v[1]),
            Op::IXor => ins.bxor(v[0], v[1]),
            Op::INot => ins.bnot(v[0]),
            Op::FAdd => ins.fadd(v[0], v[1]),
            Op::FSub => ins.fsub(v[0], v[1]),
            Op::FMul => ins.fmul(v[0], v[1]),
            Op::FDiv => ins.fdiv(v[0], v[1]),
            Op::FNeg => ins.fneg(v[0]),
            Op::FAbs => ins.fabs(v[0]),
            Op::FSqrt => ins.sqrt(v[0]),
            Op::BNot => ins.bxor_imm_u(v[0], 1),
            Op::IToF => ins.fcvt_from_sint(types::F64, v[0]),
            Op::IToF32 => ins.fcvt_from_sint(types::F32, v[0]),
            Op::FPromote => ins.fpromote(types::F64, v[0]),
            Op::FDemote => ins.fdemote(types::F32, v[0]),
            Op::FToI | Op::FToI32 | Op::FToB => unreachable!("handled above"),
            Op::IWrap32 => {
                let low = ins.ireduce(types::I32, v[0]);
                self.b.ins().sextend(types::I64, low)
            }
            Op::FMax
            | Op::FMin
            | Op::IMax
            | Op::IMin
            | Op::FFloor
            | Op::FCeil
            | Op::FTrunc
            | Op::FRint
            | Op::FSign
            | Op::ISign
            | Op::FIsNan
            | Op::FIsInf
            | Op::FIsFinite
            | Op::Select => unreachable!("translate_ufunc_op"),
            Op::CPair | Op::CImag => unreachable!("complex parts are read and stored as such"),
            Op::ICmp(c) => {
                let cc = match c {
                    CmpOp::Eq => IntCC::Equal,
                    CmpOp::NotEq => IntCC::NotEqual,
                    CmpOp::Lt => IntCC::SignedLessThan,
                    CmpOp::LtE => IntCC::SignedLessThanOrEqual,
                    CmpOp::Gt => IntCC::SignedGreaterThan,
                    CmpOp::GtE => IntCC::SignedGreaterThanOrEqual,
                    _ => unreachable!("identity comparisons are rejected by sema"),
                };
                let r = ins.icmp(cc, v[0], v[1]);
                self.bool_of(r)
            }
            Op::FCmp(c) => {
                let cc = match c {
                    CmpOp::Eq => FloatCC::Equal,
                    CmpOp::NotEq => FloatCC::NotEqual,
                    CmpOp::Lt => FloatCC::LessThan,
                    CmpOp::LtE => FloatCC::LessThanOrEqual,
                    CmpOp::Gt => FloatCC::GreaterThan,
                    CmpOp::GtE => FloatCC::GreaterThanOrEqual,
                    _ => unreachable!("identity comparisons are rejected by sema"),
                };
                let r = ins.fcmp(cc, v[0], v[1]);
                self.bool_of(r)
            }
            Op::IToB => {
                let r = ins.icmp_imm_s(IntCC::NotEqual, v[0], 0);
                self.bool_of(r)
            }
        }
    }

    /// The ops of NumPy's ufuncs beyond arithmetic (`np.maximum`, `np.floor`, `np.where`, …);
    /// `None` for the others.
    fn translate_ufunc_op(&mut self, op: Op, v: &[Value]) -> Option<Value> {
        let r = match op {
            Op::FMax | Op::FMin => {
                let cc = if op == Op::FMax {
                    FloatCC::GreaterThan
                } else {
                    FloatCC::LessThan
                };
                let wins = self.b.ins().fcmp(cc, v[0], v[1]);
                let nan = self.b.ins().fcmp(FloatCC::Unordered, v[0], v[0]);
                let first = self.b.ins().bor(wins, nan);
                self.b.ins().select(first, v[0], v[1])
            }
            Op::IMax => self.b.ins().smax(v[0], v[1]),
            Op::IMin => self.b.ins().smin(v[0], v[1]),
            Op::FFloor => self.b.ins().floor(v[0]),
            Op::FCeil => self.b.ins().ceil(v[0]),
            Op::FTrunc => self.b.ins().trunc(v[0]),
            Op::FRint => self.b.ins().nearest(v[0]),
            Op::FSign => {
                let zero = self.float_const_like(v[0], 0.0);
                let one = self.float_const_like(v[0], 1.0);
                let minus_one = self.float_const_like(v[0], -1.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, v[0], zero);
                let lt = self.b.ins().fcmp(FloatCC::LessThan, v[0], zero);
                let gt = self.b.ins().fcmp(FloatCC::GreaterThan, v[0], zero);
                let r = self.b.ins().select(is_zero, zero, v[0]);
                let r = self.b.ins().select(lt, minus_one, r);
                self.b.ins().select(gt, one, r)
            }
            Op::ISign => {
                let gt = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, v[0], 0);
                let lt = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, v[0], 0);
                let gt = self.bool_of(gt);
                let lt = self.bool_of(lt);
                self.b.ins().isub(gt, lt)
            }
            Op::FIsNan => {
                let r = self.b.ins().fcmp(FloatCC::Unordered, v[0], v[0]);
                self.bool_of(r)
            }
            Op::FIsInf | Op::FIsFinite => {
                let a = self.b.ins().fabs(v[0]);
                let inf = self.float_const_like(v[0], f64::INFINITY);
                let cc = if op == Op::FIsInf {
                    FloatCC::Equal
                } else {
                    FloatCC::LessThan
                };
                let r = self.b.ins().fcmp(cc, a, inf);
                self.bool_of(r)
            }
            Op::Select => self.b.ins().select(v[0], v[1], v[2]),
            _ => return None,
        };
        Some(r)
    }

    /// Loop `level` of a kernel's nest: do-while over a non-empty extent, advancing each
    /// operand's pointer by its stride; the innermost level computes and stores one element.
    fn translate_loop_nest(&mut self, k: &lir::Kernel, strides: &[Vec<Value>], level: usize) {
        let nd = k.domain.len();
        let n_arrays = k.arrays.len();
        if level == nd {
            if self.flags.is_some() {
                self.fired = Some(Fired::default());
            }
            // A complex output's value is its two parts (`Op::CPair`), stored side by side.
            let (v, imag) = match &k.value {
                Expr::Op(Op::CPair, parts) => {
                    let re = self.translate_expr(&parts[0]);
                    (re, Some(self.translate_expr(&parts[1])))
                }
                value => (self.translate_expr(value), None),
            };
            let fired = self.fired.take().and_then(|f| {
                let mut conds = f.conds;
                for terms in [f.f64_terms, f.f32_terms] {
                    if let Some(sum) = self.tree(terms, |b, x, y| b.ins().fadd(x, y)) {
                        conds.push(self.b.ins().fcmp(FloatCC::Unordered, sum, sum));
                    }
                }
                self.tree(conds, |b, x, y| b.ins().bor(x, y))
            });
            if let Some(fired) = fired {
                // Some check fired: compute the element again, each check finding its flags
                // (before the store: the output may be an input).
                let slow = self.b.create_block();
                let done = self.b.create_block();
                self.b.set_cold_block(slow);
                self.b.ins().brif(fired, slow, &[], done, &[]);
                self.b.switch_to_block(slow);
                self.translate_expr(&k.value);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            let kc = self.kernel.as_ref().unwrap();
            let out_ptr = kc.ptrs[k.out][nd];
            let addr = self.b.use_var(out_ptr);
            self.store_elem(addr, k.arrays[k.out].dtype, v);
            if let Some(im) = imag {
                let half = if k.arrays[k.out].dtype == DType::C64 {
                    4
                } else {
                    8
                };
                self.b.ins().store(MemFlagsData::trusted(), im, addr, half);
            }
            return;
        }
        let counter = self.kernel.as_ref().unwrap().counters[level];
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(counter, zero);
        for j in 0..n_arrays {
            let (outer, inner) = {
                let kc = self.kernel.as_ref().unwrap();
                (kc.ptrs[j][level], kc.ptrs[j][level + 1])
            };
            let p = self.b.use_var(outer);
            self.b.def_var(inner, p);
        }
        let body = self.b.create_block();
        let exit = self.b.create_block();
        self.b.ins().jump(body, &[]);
        self.b.switch_to_block(body);
        self.translate_loop_nest(k, strides, level + 1);
        for (j, stride) in strides.iter().enumerate() {
            let inner = self.kernel.as_ref().unwrap().ptrs[j][level + 1];
            let p = self.b.use_var(inner);
            let next = self.b.ins().iadd(p, stride[level]);
            self.b.def_var(inner, next);
        }
        let c = self.b.use_var(counter);
        let c1 = self.b.ins().iadd_imm_s(c, 1);
        self.b.def_var(counter, c1);
        let more = match self.kernel.as_ref().unwrap().extents[level] {
            Some(n) => self.b.ins().icmp(IntCC::SignedLessThan, c1, n),
            None => self
                .b
                .ins()
                .icmp_imm_s(IntCC::SignedLessThan, c1, k.domain[level] as i64),
        };
        self.b.ins().brif(more, body, &[], exit, &[]);
        self.b.switch_to_block(exit);
    }
}

/// The host's instruction set, tuned for speed; `pic` for objects linked into executables.
pub fn native_isa(pic: bool) -> Result<cranelift_codegen::isa::OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(map_err)?;
    // The IR verifier costs a tenth of compile time on long scripts: debug builds (the
    // tests) run it, release builds trust them.
    let verify = cfg!(debug_assertions).to_string();
    flags.set("enable_verifier", &verify).map_err(map_err)?;
    flags
        .set("is_pic", if pic { "true" } else { "false" })
        .map_err(map_err)?;
    flags
        .set("use_colocated_libcalls", "false")
        .map_err(map_err)?;
    let isa =
        cranelift_native::builder().map_err(|e| format!("host machine is not supported: {e}"))?;
    isa.finish(settings::Flags::new(flags)).map_err(map_err)
}

/// Compiles with the JIT and returns the module (keeping the code alive) and `arrc_main`.
pub fn jit_compile(
    prog: &lir::Program,
    dump: bool,
) -> Result<(cranelift_jit::JITModule, *const u8, Option<String>), String> {
    let isa = native_isa(false)?;
    let mut builder = cranelift_jit::JITBuilder::with_isa(isa, default_libcall_names());
    for &f in RtFn::ALL {
        builder.symbol(f.symbol(), f.address());
    }
    let mut module = cranelift_jit::JITModule::new(builder);
    let t = translate_program(&mut module, prog, false, dump)?;
    module.finalize_definitions().map_err(map_err)?;
    let main = module.get_finalized_function(t.main);
    Ok((module, main, t.clif))
}

/// Compiles to a relocatable object file with a C `main`.
pub fn object_compile(
    prog: &lir::Program,
    dump: bool,
) -> Result<(Vec<u8>, Option<String>), String> {
    let isa = native_isa(true)?;
    let builder =
        cranelift_object::ObjectBuilder::new(isa, "arrc_program", default_libcall_names())
            .map_err(map_err)?;
    let mut module = cranelift_object::ObjectModule::new(builder);
    let t = translate_program(&mut module, prog, true, dump)?;
    let product = module.finish();
    Ok((product.emit().map_err(map_err)?, t.clif))
}

#[cfg(test)]
mod tests {
    use super::*;
    use lir::{Check, DataId, Kernel, KernelArray};

    /// `out = in1 * c`, checked, with warning table `table`.
    fn scale(c: f64, table: u32) -> Kernel {
        let array = KernelArray {
            dtype: DType::F64,
            broadcast: vec![false],
            ndim: 1,
        };
        Kernel {
            domain: vec![10],
            run: false,
            arrays: vec![array.clone(), array],
            scalars: vec![],
            out: 0,
            value: Expr::Checked {
                check: Check::Float(2),
                bit: 0,
                table: DataId(table),
                value: Box::new(Expr::op(Op::FMul, vec![Expr::Input(1), Expr::F64(c)])),
            },
            cuda: false,
        }
    }

    #[test]
    fn kernels_share_when_only_their_warning_tables_differ() {
        assert_eq!(kernel_key(&scale(2.0, 3)), kernel_key(&scale(2.0, 7)));
        assert!(kernel_key(&scale(2.0, 3)).is_some());
        assert_ne!(kernel_key(&scale(2.0, 3)), kernel_key(&scale(3.0, 3)));
        // Equal as floats, different as constants.
        assert_ne!(kernel_key(&scale(0.0, 3)), kernel_key(&scale(-0.0, 3)));
        // A NaN's bits are not in the key: such a kernel shares with none.
        assert_eq!(kernel_key(&scale(f64::NAN, 3)), None);
    }

    #[test]
    fn main_splits_between_top_level_statements_only() {
        let set = || Stmt::Set(lir::Var(0), Expr::I64(1));
        let mut body: Vec<Stmt> = (0..2500).map(|_| set()).collect();
        // A loop longer than a piece stays whole.
        body.insert(10, Stmt::Loop((0..1500).map(|_| set()).collect()));
        let pieces = split_main(&body);
        let sizes: Vec<usize> = pieces.iter().map(|p| p.len()).collect();
        assert_eq!(sizes, vec![11, 1000, 1000, 490]);
        assert_eq!(pieces.concat(), body);
        assert_eq!(split_main(&body[..5]).len(), 1);
        assert!(split_main(&[]).is_empty());
    }
}
