using System;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace CrmKpi.Probabilistic;

/// <summary>
/// Evaluates a model's total log-likelihood and its gradient with respect to the natural (positive)
/// parameters; <paramref name="gradient"/> receives d LL / d theta.
/// </summary>
internal delegate double LogLikelihoodWithGradient(ReadOnlySpan<double> theta, Span<double> gradient);

/// <summary>
/// Maximum-likelihood driver shared by the models: MathNet.Numerics' BFGS on log parameters
/// (phi = ln theta keeps theta positive without constraints), minimising the mean negative
/// log-likelihood plus an optional L2 penalty <c>penalizer * sum(theta^2)</c>. It keeps the best point
/// evaluated, so an optimiser that stops early (maximum iterations, failed line search) still yields a
/// point and honest diagnostics instead of an exception or silent garbage.
/// </summary>
internal sealed class MaximumLikelihood
{
    /// <summary>Gradient norm (mean scale, log parameters) under which a fit counts as converged.</summary>
    public const double ConvergedGradientNorm = 1e-5;

    private readonly LogLikelihoodWithGradient _model;
    private readonly double _weight;
    private readonly double _penalizer;
    private readonly double[] _theta;
    private readonly double[] _gradient;
    private double _bestValue = double.PositiveInfinity;
    private double[] _bestPhi;
    private double _bestGradientNorm = double.NaN;
    private int _evaluations;

    private MaximumLikelihood(LogLikelihoodWithGradient model, int parameters, double weight, double penalizer)
    {
        _model = model;
        _weight = weight;
        _penalizer = penalizer;
        _theta = new double[parameters];
        _gradient = new double[parameters];
        _bestPhi = new double[parameters];
    }

    /// <summary>Fits and returns the natural parameters, the log-likelihood at them (penalty excluded) and the diagnostics.</summary>
    public static (double[] Theta, double LogLikelihood, FitDiagnostics Diagnostics) Fit(
        LogLikelihoodWithGradient model, double[] start, double totalWeight, int customers, double penalizer, int maxIterations)
    {
        var ml = new MaximumLikelihood(model, start.Length, totalWeight, penalizer);
        var phi0 = Vector<double>.Build.Dense(start.Length, i => Math.Log(start[i]));
        var objective = ObjectiveFunction.Gradient(ml.Evaluate);
        var minimizer = new BfgsMinimizer(1e-9, 1e-12, 1e-14, maxIterations);
        int iterations;
        string reason;
        try
        {
            MinimizationResult result = minimizer.FindMinimum(objective, phi0);
            iterations = result.Iterations;
            reason = result.ReasonForExit.ToString();
        }
        catch (MaximumIterationsException e)
        {
            iterations = maxIterations;
            reason = "MaximumIterations: " + e.Message;
        }
        catch (OptimizationException e)
        {
            iterations = -1;
            reason = e.GetType().Name + ": " + e.Message;
        }

        double[] theta = new double[start.Length];
        for (int i = 0; i < theta.Length; i++)
        {
            theta[i] = Math.Exp(ml._bestPhi[i]);
        }

        double ll = model(theta, new double[theta.Length]);
        bool converged = ml._bestGradientNorm <= ConvergedGradientNorm;
        var diagnostics = new FitDiagnostics(converged, Math.Max(iterations, 0), ml._evaluations, ml._bestGradientNorm, reason, customers, penalizer);
        return (theta, ll, diagnostics);
    }

    private (double, Vector<double>) Evaluate(Vector<double> phi)
    {
        _evaluations++;
        for (int i = 0; i < _theta.Length; i++)
        {
            _theta[i] = Math.Exp(phi[i]);
        }

        double ll = _model(_theta, _gradient);
        double value = -ll / _weight;
        var grad = Vector<double>.Build.Dense(_theta.Length);
        double norm = 0;
        for (int i = 0; i < _theta.Length; i++)
        {
            double t = _theta[i];
            value += _penalizer * t * t;
            double g = t * ((-_gradient[i] / _weight) + (2 * _penalizer * t));
            grad[i] = g;
            norm += g * g;
        }

        if (!double.IsFinite(value) || !double.IsFinite(norm))
        {
            // Outside the region where the likelihood is representable: steer the line search back.
            return (double.MaxValue, grad.Map(_ => 0.0));
        }

        if (value < _bestValue)
        {
            _bestValue = value;
            _bestPhi = phi.ToArray();
            _bestGradientNorm = Math.Sqrt(norm);
        }

        return (value, grad);
    }
}
