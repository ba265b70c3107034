//! How the long-running bot asks glibc's allocator to give memory back.
//!
//! glibc serves a request below its mmap threshold (128 KB at first, raised as large blocks are
//! freed, up to 32 MB) from its heaps, and keeps what is freed there for reuse: after a burst, the
//! bot's resident size stays at the burst's peak. The largest short-lived blocks the bot makes are
//! teloxide's per-chat update queues (a first block of 32 `Update`s, about 62 KB, for every chat
//! with an update in hand) and hyper's connection buffers. A fixed threshold has glibc map each
//! block above it on its own and unmap it when freed, and stops the threshold from rising.
//!
//! Why 64 KB, not 32 KB as until round 20: teloxide drops a chat's worker as soon as it is
//! idle and more workers exist than were ever busy at once, so in a burst from many chats
//! nearly every update gets a new worker and a new 62 KB queue block (3,248 of them, `strace`d,
//! in 5,000 answers). At 32 KB each was an `mmap` and an `munmap`, with the page faults and the
//! TLB flushes across both cores between: 5 % of the bot's CPU in the burst's profile. At 64 KB
//! those blocks come from the heap and go back to it, where the next worker finds them, and
//! blocks larger than 64 KB are still mapped on their own. The heap keeps a few MB more, which
//! [`crate::telegram::read_ahead::READ_AHEAD`], halved to 16 at the same time, gives back.
//! Measured with the load test's bot in its own process (200 chats × 25 messages at once),
//! interleaved runs: 32 KB and 32 updates in hand 3,661–4,790 answers a second (bot 276–372 µs
//! of CPU an answer), 38.5–39.5 MB after the burst; 64 KB and 16, 3,990–5,228/s (234–322 µs),
//! 37.9–38.9 MB; 64 KB with 32 in hand 41.6–42.5 MB.

/// Blocks of this size and larger are mapped from the system one by one and returned to it
/// when freed.
pub const MMAP_THRESHOLD: usize = 64 * 1024;

/// Sets glibc's mmap threshold to [`MMAP_THRESHOLD`] for this process. Does nothing with
/// another allocator or C library. Safe to call at any time; call it once, at start-up.
pub fn give_back_large_blocks() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes the allocator's tuning; the value is in range for a c_int.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD as libc::c_int);
    }
}
