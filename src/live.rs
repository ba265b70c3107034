//! The knowledge being served: one [`Brain`] at a time, replaced whole when the knowledge
//! changes. Questions in flight keep the brain they started with (an `Arc`), so a reload never
//! changes an answer halfway, and a failed reload changes nothing.

use std::sync::Arc;

use arc_swap::ArcSwap;

use crate::matcher::Brain;

/// The brain currently serving, shared by every handler.
#[derive(Debug)]
pub struct LiveBrain {
    current: ArcSwap<Brain>,
}

impl LiveBrain {
    pub fn new(brain: Brain) -> LiveBrain {
        LiveBrain {
            current: ArcSwap::from_pointee(brain),
        }
    }

    /// The brain to answer with now.
    pub fn get(&self) -> Arc<Brain> {
        self.current.load_full()
    }

    /// Puts `brain` in service; returns the one it replaces.
    pub fn replace(&self, brain: Brain) -> Arc<Brain> {
        self.current.swap(Arc::new(brain))
    }
}
