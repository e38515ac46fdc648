//! The `dbassay` command: arguments, files, terminal output and exit codes, on top of the
//! library (which does no terminal I/O).

mod cli;

fn main() {
    std::process::exit(cli::main());
}
