#pragma once
// The rows of one table of a programme, shared between copies of it.
//
// A scenario is calculated from the adopted programme plus its changes
// (docs/architecture.md). Copying a 100.000-line programme for that would
// double its memory and cost milliseconds per copy; instead the rows are kept
// in chunks of a few hundred, each shared between all copies that have not
// changed it (copy on write). Copying a table copies a few hundred pointers;
// changing a row copies its chunk first when another copy still holds it, so a
// change never shows through in the other copy. Within a chunk the rows lie
// side by side, so the calculation reads them as fast as from one array.
// Reading is as with a vector; changing a row needs `edit()`.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <vector>

namespace vth {

// Identifies a row within its table for as long as the row exists, whatever
// is inserted, deleted or moved around it. Unique per table (the rows of a
// nested table, e.g. protocol items, share one id space across their groups).
// 0 means "none": a file's first row without an id gets 1.
using RowId = std::uint32_t;

template <class T> class Rows {
  // Rows per chunk when a table is built or grows at its end. Inserting in the
  // middle lets a chunk grow; at twice this size it is split again.
  static constexpr std::size_t kChunk = 256;
  using Chunk = std::vector<T>;

public:
  class const_iterator {
  public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;

    const_iterator() = default;
    const_iterator(const Rows* rows, std::size_t chunk, std::size_t offset)
        : rows_(rows), chunk_(chunk), offset_(offset) {}
    const T& operator*() const { return (*rows_->chunks_[chunk_])[offset_]; }
    const T* operator->() const { return &**this; }
    const_iterator& operator++() {
      if (++offset_ == rows_->chunks_[chunk_]->size()) {
        ++chunk_;
        offset_ = 0;
      }
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const const_iterator& o) const { return chunk_ == o.chunk_ && offset_ == o.offset_; }

  private:
    const Rows* rows_ = nullptr;
    std::size_t chunk_ = 0;
    std::size_t offset_ = 0;
  };

  Rows() = default;
  Rows(std::initializer_list<T> rows) {
    for (const T& r : rows) push_back(r);
  }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](std::size_t i) const {
    const auto [k, at] = locate(i);
    return (*chunks_[k])[at];
  }
  const T& front() const { return (*this)[0]; }
  const T& back() const { return (*this)[size_ - 1]; }
  const_iterator begin() const { return const_iterator(this, 0, 0); }
  const_iterator end() const { return const_iterator(this, chunks_.size(), 0); }

  void reserve(std::size_t) {} // chunks grow as needed; kept for the vector's interface
  void clear() {
    chunks_.clear();
    starts_.clear();
    size_ = 0;
  }

  void push_back(T row) {
    chunk_with_room().push_back(std::move(row));
    ++size_;
  }
  // A new default row at the end, to be filled where it stands (a file's reader: no
  // row moved for each of 100.000 lines).
  T& emplace_back() {
    T& row = chunk_with_room().emplace_back();
    ++size_;
    return row;
  }

  void insert(std::size_t at, T row) {
    std::vector<T> one;
    one.push_back(std::move(row));
    insert(at, std::move(one));
  }
  // A block inserted at once: one shift of the chunk it lands in.
  void insert(std::size_t at, std::vector<T> rows) {
    if (rows.empty()) return;
    if (at >= size_) {
      for (T& r : rows) push_back(std::move(r));
      return;
    }
    const auto [k, offset] = locate(at);
    Chunk& chunk = own(k);
    chunk.insert(chunk.begin() + static_cast<std::ptrdiff_t>(offset), std::make_move_iterator(rows.begin()),
                 std::make_move_iterator(rows.end()));
    size_ += rows.size();
    split_if_large(k);
    renumber(k);
  }

  void erase(std::size_t at) {
    const auto [k, offset] = locate(at);
    Chunk& chunk = own(k);
    chunk.erase(chunk.begin() + static_cast<std::ptrdiff_t>(offset));
    --size_;
    if (chunk.empty()) {
      chunks_.erase(chunks_.begin() + static_cast<std::ptrdiff_t>(k));
      starts_.erase(starts_.begin() + static_cast<std::ptrdiff_t>(k));
    }
    renumber(k);
  }

  // Moves the row at `from` so that it stands at `to` (positions after the move).
  void move(std::size_t from, std::size_t to) {
    T row = (*this)[from];
    erase(from);
    insert(to, std::move(row));
  }

  // The row at `i` for changing: its chunk is copied first when another copy
  // of the table holds it too, so that a change never shows through there.
  T& edit(std::size_t i) {
    const auto [k, at] = locate(i);
    return own(k)[at];
  }

  bool operator==(const Rows& o) const {
    if (size_ != o.size_) return false;
    if (chunks_ == o.chunks_) return true; // the same chunks: a copy nobody changed
    return std::equal(begin(), end(), o.begin());
  }

private:
  // The chunk and the offset of row `i` (i < size_). Tables built row by row
  // have full chunks, where this is a division; after inserts, a search.
  std::pair<std::size_t, std::size_t> locate(std::size_t i) const {
    std::size_t k = i / kChunk;
    if (k >= starts_.size() || starts_[k] > i || (k + 1 < starts_.size() && starts_[k + 1] <= i))
      k = static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), i) - starts_.begin()) - 1;
    return {k, i - starts_[k]};
  }

  // The last chunk, made first when it is full.
  Chunk& chunk_with_room() {
    if (chunks_.empty() || chunks_.back()->size() >= kChunk) {
      // A full chunk is reserved only once the table is known to be long: thousands of
      // one-row tables (a goal's activities) would otherwise reserve gigabytes.
      const bool long_table = !chunks_.empty();
      chunks_.push_back(std::make_shared<Chunk>());
      if (long_table) chunks_.back()->reserve(kChunk);
      starts_.push_back(size_);
    }
    return own(chunks_.size() - 1);
  }

  // Chunk `k`, copied first if another table shares it.
  Chunk& own(std::size_t k) {
    if (chunks_[k].use_count() > 1) chunks_[k] = std::make_shared<Chunk>(*chunks_[k]);
    return *chunks_[k];
  }

  void split_if_large(std::size_t k) {
    Chunk& chunk = *chunks_[k];
    if (chunk.size() < 2 * kChunk) return;
    auto tail = std::make_shared<Chunk>(std::make_move_iterator(chunk.begin() + kChunk),
                                        std::make_move_iterator(chunk.end()));
    chunk.erase(chunk.begin() + kChunk, chunk.end());
    chunks_.insert(chunks_.begin() + static_cast<std::ptrdiff_t>(k) + 1, std::move(tail));
    starts_.insert(starts_.begin() + static_cast<std::ptrdiff_t>(k) + 1, 0);
    split_if_large(k + 1);
  }

  // The first row index of every chunk from `k` on.
  void renumber(std::size_t k) {
    std::size_t start = k == 0 ? 0 : starts_[k - 1] + chunks_[k - 1]->size();
    for (; k < chunks_.size(); ++k) {
      starts_[k] = start;
      start += chunks_[k]->size();
    }
  }

  std::vector<std::shared_ptr<Chunk>> chunks_;
  std::vector<std::size_t> starts_;
  std::size_t size_ = 0;
};

} // namespace vth
