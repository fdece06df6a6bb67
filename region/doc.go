// Package region models a Motoko canister's stable memory: the
// ExperimentalStableMemory API and the Region API, with the page accounting,
// grow results and trap messages of code compiled by moc.
//
// # Layout
//
// There is one physical stable memory of 64 KiB pages ([PageSize]). Until the
// first [Manager.New], only the ExperimentalStableMemory API can be used and it
// maps offsets straight onto physical memory, so it costs exactly its size
// (moc's "version 1"; "version 0" when nothing was grown). The first New
// migrates to the region system ("version 2"):
//
//   - on an empty memory, 6 pages of metadata are reserved and blocks start at
//     page 16, so the next grow of any region (even by 0 pages) makes it 16;
//   - when the ExperimentalStableMemory holds p > 0 pages, it becomes region 0:
//     the memory is padded to whole blocks plus one metadata block, region 0's
//     first block moves to the end and the others stay where they are
//     (128 + ceil(p/128)*128 pages), so region 0 grows free up to its block
//     boundary.
//
// Regions own blocks of [BlockPages] pages, handed out in allocation order
// and recorded in a block-to-region table. Each [Region] keeps an access
// vector (the physical byte address of each of its blocks, in order) so an
// offset translates to a physical address in O(1). Blocks are never returned:
// a region dropped by the program keeps them. Region ids 1..15 are reserved;
// New hands out 16, 17, ... and never reuses an id. The metadata pages are
// counted but their bytes are not modelled: nothing in Motoko can read them.
//
// # Accessing memory
//
// A [Memory] is a view of one region through one API: [Manager.Region] for
// the Region API and [Manager.StableMemory] for ExperimentalStableMemory. The
// API decides the trap prefix ("Region error: " or "StableMemory "), so
// region 0 keeps the StableMemory messages after migration. Traps are returned
// as *[Trap] errors holding the canister's exact message; nothing panics.
//
// # Storage
//
// Pages live behind the [Store] interface. [MemStore] is sparse: a page
// costs memory only once written, and untouched pages read as zeros, so
// growing regions to 256 GiB costs almost nothing. A disk-backed Store can
// replace it to keep stable memory across simulated upgrades.
//
// # Undoing a trapped message
//
// [Manager.Begin] opens a message; [Manager.Commit] keeps its effects and
// [Manager.Rollback] undoes all of them, as the IC does when a message
// traps. While a message is open, the first write to each page saves a copy
// of the page (an undo log of whole pages: simple, and a message rarely
// touches many pages), and the first change to each region saves its size
// and access vector. Everything else the manager owns is a handful of
// counters saved at Begin. Outside Begin/Commit nothing is journaled and
// stores pay nothing for it.
//
// A Manager is not safe for concurrent use.
package region
