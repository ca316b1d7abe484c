//! Which Cranelift variable each LIR variable of a function body lives in.
//!
//! cranelift-frontend keeps, per variable, a table over every block up to the last one that
//! defines or reads it. One Cranelift variable per LIR variable therefore makes a long
//! script's `arrc_main` quadratic in memory and time: each statement's temporaries are new
//! variables defined in ever later blocks. LIR variables whose lifetimes do not overlap share
//! one Cranelift variable instead, so the number of variables is the number live at once.
//!
//! A variable may share only when its first mention is a `Set` that dominates every other
//! mention (they all come later in the same statement list, or nested in later statements):
//! then every path to a read passes its own `Set`, and no other variable's value can be
//! seen. Its lifetime runs from that `Set` to its last mention, stretched to the end of any
//! loop that mentions it without containing the `Set` (the value is live around that loop).
//! Any other variable (read before set, set only in a branch, a function's parameters and
//! result) keeps a Cranelift variable of its own.

use crate::lir::{Expr, Stmt, Ty, Var};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Per LIR variable, the index of its Cranelift variable (`None`: not mentioned in the body),
/// and each Cranelift variable's type.
pub(super) struct VarPlan {
    pub slot_of: Vec<Option<u32>>,
    pub slot_tys: Vec<Ty>,
}

/// The slots of one type: those in use, by the position where they come free, and the free.
#[derive(Default)]
struct Pool {
    busy: BinaryHeap<Reverse<(u32, u32)>>,
    free: Vec<u32>,
}

#[derive(Clone, Copy)]
struct Life {
    start: u32,
    end: u32,
    /// The statement list of the first `Set`, as (depth, list id), while it may share.
    scope: Option<(usize, u32)>,
    /// Outermost loop (id) entered after the first `Set` that mentions the variable.
    around: Option<u32>,
}

struct Walk {
    lives: Vec<Option<Life>>,
    pos: u32,
    /// Ids of the statement lists being walked, outermost first.
    open_lists: Vec<u32>,
    next_list: u32,
    /// Loops being walked: (id, position where it starts).
    open_loops: Vec<(u32, u32)>,
    /// Per loop id, the position where it ends.
    loop_ends: Vec<u32>,
}

/// Plans the variables of one body; `pinned` (parameters, the result) never share.
pub(super) fn plan(body: &[Stmt], var_tys: &[Ty], pinned: &[Var]) -> VarPlan {
    let mut w = Walk {
        lives: vec![None; var_tys.len()],
        pos: 0,
        open_lists: Vec::new(),
        next_list: 0,
        open_loops: Vec::new(),
        loop_ends: Vec::new(),
    };
    for v in pinned {
        w.mention(*v);
    }
    w.list(body);
    let mut order: Vec<(u32, usize)> = Vec::new();
    let mut slot_of = vec![None; var_tys.len()];
    let mut slot_tys = Vec::new();
    for (v, life) in w.lives.iter().enumerate() {
        match life {
            Some(l) if l.scope.is_some() => order.push((l.start, v)),
            Some(_) => {
                slot_of[v] = Some(slot_tys.len() as u32);
                slot_tys.push(var_tys[v]);
            }
            None => {}
        }
    }
    order.sort_unstable();
    // Linear scan, one pool of slots per type.
    let mut pools: Vec<(Ty, Pool)> = Vec::new();
    for (start, v) in order {
        let l = w.lives[v].expect("planned variable has a life");
        let end = l
            .around
            .map_or(l.end, |lp| l.end.max(w.loop_ends[lp as usize]));
        let ty = var_tys[v];
        let pool = match pools.iter().position(|(t, _)| *t == ty) {
            Some(i) => &mut pools[i].1,
            None => {
                pools.push((ty, Pool::default()));
                &mut pools.last_mut().unwrap().1
            }
        };
        while let Some(Reverse((e, s))) = pool.busy.peek().copied() {
            if e >= start {
                break;
            }
            pool.busy.pop();
            pool.free.push(s);
        }
        let slot = pool.free.pop().unwrap_or_else(|| {
            slot_tys.push(ty);
            slot_tys.len() as u32 - 1
        });
        pool.busy.push(Reverse((end, slot)));
        slot_of[v] = Some(slot);
    }
    VarPlan { slot_of, slot_tys }
}

impl Walk {
    fn list(&mut self, stmts: &[Stmt]) {
        self.open_lists.push(self.next_list);
        self.next_list += 1;
        for s in stmts {
            self.stmt(s);
        }
        self.open_lists.pop();
    }

    fn stmt(&mut self, s: &Stmt) {
        self.pos += 1;
        match s {
            Stmt::Set(v, e) => {
                self.expr(e);
                self.pos += 1;
                if self.lives[v.0 as usize].is_none() {
                    let depth = self.open_lists.len() - 1;
                    self.lives[v.0 as usize] = Some(Life {
                        start: self.pos,
                        end: self.pos,
                        scope: Some((depth, self.open_lists[depth])),
                        around: None,
                    });
                } else {
                    self.mention(*v);
                }
            }
            Stmt::Call(_, args) => args.iter().for_each(|a| self.expr(a)),
            Stmt::Store {
                arr, offset, value, ..
            } => {
                self.expr(arr);
                self.expr(offset);
                self.expr(value);
            }
            Stmt::If { cond, then, orelse } => {
                self.expr(cond);
                self.list(then);
                self.list(orelse);
            }
            Stmt::Loop(body) => {
                let id = self.loop_ends.len() as u32;
                self.loop_ends.push(0);
                self.open_loops.push((id, self.pos));
                self.list(body);
                self.open_loops.pop();
                self.pos += 1;
                self.loop_ends[id as usize] = self.pos;
            }
            Stmt::Break | Stmt::BreakOut(_) | Stmt::Continue => {}
            Stmt::Launch {
                arrays, scalars, ..
            } => {
                arrays.iter().for_each(|a| self.expr(a));
                scalars.iter().for_each(|a| self.expr(a));
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        e.for_each_var(&mut |v| self.mention(v));
    }

    /// A read, or a `Set` after the first.
    fn mention(&mut self, v: Var) {
        let pos = self.pos;
        let Some(l) = &mut self.lives[v.0 as usize] else {
            // Read before any `Set`: it may see Cranelift's zero, so it never shares.
            self.lives[v.0 as usize] = Some(Life {
                start: 0,
                end: pos,
                scope: None,
                around: None,
            });
            return;
        };
        l.end = pos;
        if let Some((depth, id)) = l.scope {
            if self.open_lists.get(depth) != Some(&id) {
                l.scope = None;
                return;
            }
            // The outermost open loop entered after the `Set`. Those found for different
            // mentions are the same loop or disjoint ones, so the last found ends last.
            if let Some(&(lp, _)) = self.open_loops.iter().find(|(_, at)| *at > l.start) {
                l.around = Some(l.around.map_or(lp, |cur| cur.max(lp)));
            }
        }
    }
}
