//! Regression tests: each guards a defect found from outside (a review, a hostile input),
//! named after what it guards, written before its fix.
