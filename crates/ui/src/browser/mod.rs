//! Small wrappers around browser APIs, so that pages and components never
//! touch them directly and every failure becomes a value.

pub mod address;
pub mod clock;
pub mod connection;
pub mod document;
pub mod idle;
pub mod locale;
pub mod service_worker;
pub mod share;
pub mod storage;
