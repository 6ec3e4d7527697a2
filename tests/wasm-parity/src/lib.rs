use shenjiao_core::review::{content_hash, Timestamp, Verifier, Workflow};

#[no_mangle]
pub extern "C" fn alloc(n: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(n);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

static mut OUT: Vec<u8> = Vec::new();

fn s<'a>(p: *const u8, n: usize) -> &'a str {
    unsafe { std::str::from_utf8(std::slice::from_raw_parts(p, n)).unwrap() }
}

fn put(out: String) -> usize {
    unsafe {
        OUT = out.into_bytes();
        #[allow(static_mut_refs)]
        OUT.len()
    }
}

#[no_mangle]
pub extern "C" fn out_ptr() -> *const u8 {
    #[allow(static_mut_refs)]
    unsafe { OUT.as_ptr() }
}

#[no_mangle]
pub extern "C" fn hash(p: *const u8, n: usize) -> usize {
    put(content_hash(s(p, n)))
}

#[no_mangle]
pub extern "C" fn verify(wp: *const u8, wn: usize, rp: *const u8, rn: usize, tp: *const u8, tn: usize, mp: *const u8, mn: usize, np: *const u8, nn: usize) -> usize {
    let v = Verifier::new(Workflow::from_json(s(wp, wn)).unwrap()).unwrap();
    let now = Timestamp::parse(s(np, nn)).unwrap();
    let found = v.verify_json(s(rp, rn), s(tp, tn), Some(s(mp, mn)), now);
    let mut rules: Vec<&str> = found.iter().map(|d| d.rule).collect();
    rules.sort();
    put(rules.join(","))
}
