# An independent reference for the built-in data sets (BackpropCore/Datasets): SplitMix64 and
# the recipes as DatasetRecipe documents them, written again in Python. Python floats are IEEE
# doubles with exactly rounded operations, so this gives the same bits as the Swift code if
# (and only if) both follow the documented recipe. It prints the golden values used by
# Tests/BackpropCoreTests/DatasetTests.swift (count 5, noise 0.25, seed 42) as Swift hex
# literals, after checking the turn trigonometry against mpmath.
#
#     python3 Tests/Reference/datasets.py
import math
M = (1 << 64) - 1
class SM:
    def __init__(s, seed): s.state = seed & M
    def next(s):
        s.state = (s.state + 0x9E3779B97F4A7C15) & M
        z = s.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
        return z ^ (z >> 31)
    def unit(s): return float(s.next() >> 11) * 2.0**-53
    def uniform(s, a, b): return a + (b - a) * s.unit()
    def signed(s): return 2 * s.unit() - 1
    def normal(s):
        t = 0.0
        for _ in range(12): t += s.unit()
        return t - 6
    def direction(s):
        while True:
            v1 = s.signed(); v2 = s.signed()
            q = v1 * v1 + v2 * v2
            if q > 0 and q <= 1:
                l = math.sqrt(q)
                return v1 / l, v2 / l
    def index(s, bound): return (s.next() * bound) >> 64
    def shuffle(s, a):
        i = len(a) - 1
        while i > 0:
            j = s.index(i + 1); a[i], a[j] = a[j], a[i]; i -= 1

SIN = [1.5707963267948966, -0.6459640975062463, 0.07969262624616705, -0.004681754135318688,
       0.00016044118478735983, -3.598843235212085e-06, 5.692172921967927e-08,
       -6.688035109811468e-10, 6.0669357311061955e-12]
COS = [-1.2337005501361697, 0.25366950790104803, -0.02086348076335296, 0.0009192602748394266,
       -2.5202042373060607e-05, 4.710874778818172e-07, -6.386603083791852e-09,
       6.565963114979473e-11, -5.294400200734623e-13]
def sincos(u):
    f = u - math.floor(u); s4 = 4 * f
    q = math.floor(s4)  # s4 >= 0: nearest integer, ties away from zero
    if s4 - q >= 0.5: q += 1
    r = s4 - q; r2 = r * r
    a = SIN[-1]
    for c in reversed(SIN[:-1]): a = c + r2 * a
    S = r * a
    b = COS[-1]
    for c in reversed(COS[:-1]): b = c + r2 * b
    C = 1 + r2 * b
    return [(S, C), (C, -S), (-S, -C), (-C, S)][int(q) & 3]

def gen(name, count, noise, seed):
    g = SM(seed); out = []
    if name == 'xor':
        for _ in range(count):
            x = g.uniform(-5, 5); x += 0.3 if x > 0 else -0.3
            y = g.uniform(-5, 5); y += 0.3 if y > 0 else -0.3
            nx = g.uniform(-5, 5) * noise; ny = g.uniform(-5, 5) * noise
            out.append((x, y, 1.0 if (x + nx) * (y + ny) < 0 else 0.0))
    elif name == 'circle':
        inside = count - count // 2
        for i in range(count):
            r = g.uniform(0, 2.5) if i < inside else g.uniform(3.5, 5.0)
            dx, dy = g.direction(); x = r * dx; y = r * dy
            nx = g.uniform(-5, 5) * noise; ny = g.uniform(-5, 5) * noise
            px = x + nx; py = y + ny
            out.append((x, y, 1.0 if px * px + py * py < 2.5 * 2.5 else 0.0))
    elif name == 'gauss':
        d = math.sqrt(0.5 + 7 * noise); first = count - count // 2
        for i in range(count):
            c = 2.0 if i < first else -2.0
            x = c + d * g.normal(); y = c + d * g.normal()
            out.append((x, y, 1.0 if i < first else 0.0))
    elif name == 'spiral':
        n = count - count // 2
        for off, k, t in [(0.0, n, 1.0), (0.5, count // 2, 0.0)]:
            for i in range(k):
                r = 5 * float(i) / float(n)
                u = (1.75 * float(i)) / float(n) + off
                s, c = sincos(u)
                x = r * s + g.signed() * noise; y = r * c + g.signed() * noise
                out.append((x, y, t))
    elif name == 'line':
        for _ in range(count):
            x = g.uniform(-6, 6); y = g.uniform(-6, 6)
            nx = g.uniform(-6, 6) * noise; ny = g.uniform(-6, 6) * noise
            out.append((x, y, ((x + nx) + (y + ny)) / 10))
    elif name == 'sine':
        for _ in range(count):
            x = g.uniform(-6, 6); y = g.uniform(-6, 6)
            nx = g.uniform(-6, 6) * noise
            out.append((x, y, sincos((x + nx) / 12)[0]))
    g.shuffle(out)
    return out

if __name__ == '__main__':
    # Cross-check the trigonometry against mpmath.
    import mpmath as mp
    mp.mp.dps = 40
    worst = 0
    for k in range(-2000, 2001):
        u = k / 997.0
        s, c = sincos(u)
        worst = max(worst, abs(s - float(mp.sin(2 * mp.pi * u))), abs(c - float(mp.cos(2 * mp.pi * u))))
    print('// worst |error| of sincos vs mpmath:', worst)
    for name in ['xor', 'circle', 'gauss', 'spiral', 'line', 'sine']:
        pts = gen(name, 5, 0.25, 42)
        print(f'        .{name}: [')
        for x, y, t in pts:
            h = lambda v: '0' if v == 0 else v.hex().replace('.0000000000000p+0', 'p0')
            print(f'            [{h(x)}, {h(y)}, {h(t)}],')
        print('        ],')
