import heapq


def wrong_item(heap: list[int]) -> None:
    # CHECK:@+1:5-29: error: no form of heapq.heappush() takes arguments (list[int], str); the supported forms are: [BadCallArguments]
    # CHECK:|     heappush(heap: list[T], item: T, /) -> None
    heapq.heappush(heap, "s")
