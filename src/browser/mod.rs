//! Small wrappers around browser APIs, so that pages never touch them
//! directly and every failure becomes a value.

pub mod clock;
pub mod idle;
pub mod service_worker;
pub mod share;
pub mod storage;
