//! `cargo run -p shenjiao-cli --example gen_site -- N DIR`: writes an N-page synthetic site
//! export (HTML, DOCX, Markdown, TXT, planted errors) for `shenjiao audit` and prints what it planted.

#[path = "../tests/support/site_gen.rs"]
mod site_gen;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(n), Some(dir)) = (args.next().and_then(|n| n.parse::<usize>().ok()), args.next()) else {
        eprintln!("usage: gen_site N DIR");
        std::process::exit(2);
    };
    match site_gen::generate(std::path::Path::new(&dir), n) {
        Ok(m) => println!(
            "{{\"pages\":{},\"html\":{},\"docx\":{},\"markdown\":{},\"text\":{},\"doubled\":{},\"commas\":{},\"variants\":{}}}",
            m.pages, m.html, m.docx, m.markdown, m.text, m.doubled, m.commas, m.variants
        ),
        Err(e) => {
            eprintln!("gen_site: {e}");
            std::process::exit(1);
        }
    }
}
