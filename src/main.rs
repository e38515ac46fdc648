fn main() {
    std::process::exit(dbassay::cli::main());
}
