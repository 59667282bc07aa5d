package news

import (
	"sync"
	"weak"
)

// weakPool keeps the scratch space of one analysis for the next, weakly:
// the next analysis reuses it unless a collection has run since, which
// takes it. So a batch of articles reuses one scratch between
// collections, while an idle process, or one that analyses a single
// article, holds none (issue 7's bound on the memory of one analysis
// counts what a plain sync.Pool keeps through a collection). A scratch
// belongs to one analysis at a time; nothing in it may outlive that
// analysis.
type weakPool[T any] struct {
	refs sync.Pool // of *weakRef[T]
}

// weakRef is a weakPool's holder of one scratch space.
type weakRef[T any] struct {
	p weak.Pointer[T]
}

// get returns a scratch space kept by put, or nil when there is none (or
// a collection took it), and the holder to give back to put.
func (wp *weakPool[T]) get() (*T, *weakRef[T]) {
	r, _ := wp.refs.Get().(*weakRef[T])
	if r == nil {
		return nil, new(weakRef[T])
	}
	v := r.p.Value()
	r.p = weak.Pointer[T]{}
	return v, r
}

// put keeps v for the next get; a nil v keeps nothing.
func (wp *weakPool[T]) put(r *weakRef[T], v *T) {
	if v != nil {
		r.p = weak.Make(v)
	}
	wp.refs.Put(r)
}
