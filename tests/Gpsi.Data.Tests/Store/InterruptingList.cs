using System.Collections;

namespace Gpsi.Data.Tests.Store;

/// <summary>
/// A list that runs <paramref name="interrupt"/> when item <paramref name="at"/> is read: cancel a token, throw,
/// or block on a gate. It lets a test stop a load or publish in the middle of its transaction.
/// </summary>
internal sealed class InterruptingList<T>(IReadOnlyList<T> items, int at, Action interrupt) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index]
    {
        get
        {
            if (index == at)
            {
                interrupt();
            }

            return items[index];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
