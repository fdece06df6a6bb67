package region

// journal is the undo log of the open message (see the package doc).
type journal struct {
	open bool
	// savedPages holds each page's contents before the message first wrote
	// it; nil means the page did not exist.
	savedPages map[uint64]*Page
	regions    []savedRegion
	manager    managerState
}

type savedRegion struct {
	r     *Region
	state regionState
}

// Begin opens a message: until Commit or Rollback, every change to stable
// memory is recorded so that Rollback can undo it. Begin on an open message
// commits it first.
func (m *Manager) Begin() {
	m.Commit()
	m.journal.open = true
	m.journal.manager = m.managerState
	m.epoch++
	m.cacheWritable = false // the cached page is not saved for this message yet
}

// Commit closes the open message and keeps its changes.
func (m *Manager) Commit() {
	j := &m.journal
	j.open = false
	clear(j.savedPages)
	clear(j.regions) // let saved access vectors be collected
	j.regions = j.regions[:0]
}

// Rollback undoes every change since Begin, as when a message traps, and
// closes the message. Regions made since Begin must not be used again: their
// ids will be handed out anew. Without an open message it does nothing.
func (m *Manager) Rollback() {
	j := &m.journal
	if !j.open {
		return
	}
	for i, p := range j.savedPages {
		m.store.SetPage(i, p)
	}
	for _, s := range j.regions {
		s.r.regionState = s.state
	}
	m.managerState = j.manager
	m.dropCache()
	m.Commit()
}

// savePage records page i's contents before its first write in the open
// message.
func (m *Manager) savePage(i uint64) {
	j := &m.journal
	if !j.open {
		return
	}
	if _, saved := j.savedPages[i]; saved {
		return
	}
	var copied *Page
	if p := m.store.Page(i); p != nil {
		copied = new(Page)
		*copied = *p
	}
	j.savedPages[i] = copied
}

// touch records r's state before its first change in the open message.
func (m *Manager) touch(r *Region) {
	if !m.journal.open || r.epoch == m.epoch {
		return
	}
	r.epoch = m.epoch
	m.journal.regions = append(m.journal.regions, savedRegion{r: r, state: r.regionState})
}
