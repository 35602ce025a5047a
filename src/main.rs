//! The app's entry point for Trunk; everything lives in the library.

fn main() {
    meridian_app::start();
}
