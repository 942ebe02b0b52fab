namespace Gpsi.Core.Numerics;

/// <summary>Order statistics without a full sort (quickselect), for quantiles of long series.</summary>
internal static class Selection
{
    /// <summary>
    /// Rearranges <paramref name="x"/> (no NaN) so that x[k] is the value a sort would put there, every value before it
    /// is ≤ x[k] and every value after it is ≥ x[k]. Expected O(n) (Hoare partition around a median of three).
    /// </summary>
    public static void Select(Span<double> x, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, x.Length);
        int left = 0, right = x.Length - 1;
        while (right > left)
        {
            var mid = left + ((right - left) / 2);
            if (x[mid] < x[left])
            {
                (x[mid], x[left]) = (x[left], x[mid]);
            }

            if (x[right] < x[left])
            {
                (x[right], x[left]) = (x[left], x[right]);
            }

            if (x[right] < x[mid])
            {
                (x[right], x[mid]) = (x[mid], x[right]);
            }

            var pivot = x[mid];
            int i = left, j = right;
            while (i <= j)
            {
                while (x[i] < pivot)
                {
                    i++;
                }

                while (x[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (x[i], x[j]) = (x[j], x[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>
    /// Places the order statistics that R's type-7 quantiles at <paramref name="probabilities"/> (ascending) read, so that
    /// <see cref="Quantiles.Type7Sorted"/> on <paramref name="x"/> then returns exactly what it returns on the sorted values.
    /// </summary>
    public static void PrepareType7(Span<double> x, ReadOnlySpan<double> probabilities)
    {
        var from = 0;
        foreach (var p in probabilities)
        {
            var index = 1 + ((x.Length - 1) * p);
            foreach (var position in (ReadOnlySpan<int>)[(int)Math.Floor(index) - 1, (int)Math.Ceiling(index) - 1])
            {
                if (position >= from)
                {
                    Select(x[from..], position - from);
                    from = position + 1;
                }
            }
        }
    }
}
